# Least squares as numpy and scikit-learn solve them: full rank, and rank-deficient (one-hot
# columns that sum to one beside an intercept), where the answer is the minimum-norm one.
import numpy as np
from sklearn.linear_model import LinearRegression
rng = np.random.RandomState(0)
X = rng.rand(50, 3)
sex = rng.randint(0, 3, 50)
onehot = np.zeros((50, 3))
onehot = (sex[:, np.newaxis] == np.arange(3)).astype(float)
X2 = np.hstack([X, onehot])
y = X @ np.array([1.5, -2.0, 0.5]) + sex * 0.3 + rng.rand(50) * 0.01
for data in (X, X2):
    m = LinearRegression().fit(data, y)
    print([f"{c:.10g}" for c in m.coef_], f"{m.intercept_:.10g}")
    m = LinearRegression(fit_intercept=False).fit(data, y)
    print([f"{c:.10g}" for c in m.coef_])
x, res, rank, s = np.linalg.lstsq(X2, y, rcond=None)
print([f"{c:.10g}" for c in x], [f"{r:.10g}" for r in res], rank, [f"{v:.10g}" for v in s])
x, res, rank, s = np.linalg.lstsq(X, y, rcond=None)
print([f"{c:.10g}" for c in x], [f"{r:.10g}" for r in res], rank, [f"{v:.10g}" for v in s])
