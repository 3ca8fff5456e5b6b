import numpy as np
from sklearn.linear_model import LinearRegression, LogisticRegression
from sklearn.preprocessing import StandardScaler
rng = np.random.RandomState(3)
X = rng.randn(200, 4)
y = X @ np.array([1.5, -2.0, 0.25, 3.0]) + 0.7 + rng.randn(200) * 0.1
lr = LinearRegression().fit(X, y)
print(np.round(lr.coef_, 9).tolist(), round(float(lr.intercept_), 9), np.round(lr.predict(X[:3]), 9).tolist())
print(round(lr.score(X, y), 9))
labels = (X[:, 0] - X[:, 1] + rng.randn(200) * 0.5 > 0).astype(int)
clf = LogisticRegression().fit(X, labels)
print(np.round(clf.coef_, 3).tolist(), np.round(clf.intercept_, 3).tolist())
print(clf.predict(X[:10]).tolist(), np.round(clf.predict_proba(X[:3]), 3).tolist())
print(clf, LogisticRegression(C=0.5, max_iter=200))
