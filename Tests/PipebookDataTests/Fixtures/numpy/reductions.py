# Sums, means and variances must match numpy to the last bit: numpy's pairwise summation.
import numpy as np

np.random.seed(7)
x = np.random.randn(1000) * 1000.0 + 0.1
m = np.random.rand(300, 4) * 1e6
print(repr(x.sum()), repr(x.mean()), repr(x.std()), repr(x.var(ddof=1)))
print(m.sum(axis=0).tolist())
print(m.sum(axis=1)[:5].tolist())
print(m.mean(axis=0).tolist(), m.std(axis=0).tolist())
print(repr(m.sum()), repr(m.mean()), repr(m.std(ddof=1)))
i = np.random.randint(-1000, 1000, size=20000)
print(i.sum(), repr(i.mean()), repr(i.std()))
print(np.median(np.array([3.0, 1.0, 2.0, 10.0])), np.median(np.array([5, 1, 3])))
print(np.random.choice(np.array([10, 20, 30]), size=4), np.random.uniform(1, 2, size=2), np.random.normal(5, 2, size=2))
