# Unsupported arguments and numpy's own errors.
import numpy as np

def attempt(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)

a = np.arange(6).reshape(2, 3)
attempt(lambda: np.array([1, 2]) + np.array([1, 2, 3]))
attempt(lambda: a[5])
attempt(lambda: a[0, 7])
attempt(lambda: a.reshape(4, -1))
attempt(lambda: np.arange(5)[np.array([True, False])])
attempt(lambda: bool(np.array([1, 2])))
attempt(lambda: np.array([1, 2]) ** -1)
attempt(lambda: np.random.seed(-1))
attempt(lambda: np.concatenate([a, np.arange(4).reshape(2, 2)], axis=0))
