# More numpy: dtype names, astype, object arrays, 2-D indexing and assignment forms.
import numpy as np

a = np.array([[1.5, -2.0, 3.0], [4.0, 5.5, -6.0]])
print(a.dtype, a.astype(int), a.astype("int64").dtype, a.astype(bool))
print(np.array([1, 2, 3], dtype=np.float64), np.array([0, 1], dtype=bool), np.array(["a", "b"], dtype=object))
print(a[:, 1:], a[::-1], a[:, [2, 0]], a[a[:, 0] > 2], a[-1, ::2])
b = a.copy()
b[b < 0] = 0
b[0] = [9, 9, 9]
b[:, 2] = np.array([7.0, 8.0])
print(b)
print(np.zeros((2, 3), dtype=int), np.ones(3, dtype=bool), np.full((2, 2), 7.5), np.zeros_like(a))
print(a.reshape(-1), a.reshape(3, 2).shape, a.ravel().shape, a.T.shape, np.transpose(a).tolist())
print(np.mean(a, axis=1), np.std(a, axis=1, ddof=1), np.var(a), np.min(a, axis=0), np.max(a), np.sum([1, 2, 3]))
print(np.argmax(a), np.argmin(a, axis=1), np.abs(-3.5), np.sqrt(16.0), np.exp(0.0), np.log(1.0))
print(np.isnan(np.nan), np.round(2.675, 2), np.clip(np.arange(6), 1, 4), np.where(np.arange(4) > 1))
print(np.unique([3, 1, 1, 2], return_index=True, return_inverse=True))
print(np.linspace(0, 10, 4), np.linspace(0, 1, 4, endpoint=False), np.arange(5, 0, -2), np.arange(0.5, 2))
print(np.array_split(np.arange(7), 3), np.split(np.arange(6), 3))
print(np.concatenate([np.arange(2), np.arange(3)]), np.hstack([np.ones((2, 1)), np.zeros((2, 2))]))
print(np.vstack([np.arange(3), np.arange(3, 6)]), np.column_stack([np.arange(2), np.arange(2, 4)]))
print(np.array([True, False]) | np.array([False, False]), ~np.array([True, False]), -np.arange(3))
print(np.arange(6).reshape(2, 3) * np.arange(3), np.arange(6).reshape(2, 3) + np.arange(2).reshape(2, 1))
print(np.arange(10) // 3, np.arange(10) % 3, np.arange(4) / 2, 2 ** np.arange(4), np.arange(3) == 1)
print(len(np.arange(5)), list(np.arange(3)), [row.tolist() for row in np.arange(4).reshape(2, 2)], 2 in np.arange(3))
print(np.float64(2.5), np.int64(3), np.dtype("float64"), np.dtype(int) == np.int64, np.array([1]).dtype.kind)
print(np.random.RandomState(1).randint(5, size=(2, 3)), np.random.RandomState(2).rand(2, 2).shape)
print(np.arange(2000))
print(np.array([1e10, 1.0]), np.array([0.000123, 1.5]), np.array([np.inf, -1.0, np.nan]))
x = np.arange(3.0)
x += 1
x *= 2
print(x, x.sum(), x.mean(), x.max() - x.min())
