"""Binary LogisticRegression with an L2 penalty.

scikit-learn minimises the mean log-loss plus ||w||^2 / (2 C n) with L-BFGS and stops once the
gradient is below `tol`; Pipebook minimises the same function with Newton's method to full
precision. Both reach the same optimum, so coefficients and probabilities agree to about `tol`
(1e-4) and predictions are the same, but not to the last digit."""

import numpy as np
from sklearn.base import BaseEstimator, as_2d, as_1d, feature_names


def _sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


class LogisticRegression(BaseEstimator):
    _parameters = (("C", 1.0), ("class_weight", None), ("dual", False), ("fit_intercept", True),
                   ("intercept_scaling", 1), ("l1_ratio", None), ("max_iter", 100), ("multi_class", "deprecated"),
                   ("n_jobs", None), ("penalty", "l2"), ("random_state", None), ("solver", "lbfgs"),
                   ("tol", 0.0001), ("verbose", 0), ("warm_start", False))

    def __init__(self, penalty="l2", *, dual=False, tol=1e-4, C=1.0, fit_intercept=True, intercept_scaling=1,
                 class_weight=None, random_state=None, solver="lbfgs", max_iter=100, multi_class="deprecated",
                 verbose=0, warm_start=False, n_jobs=None, l1_ratio=None):
        self._set_parameters(dict(penalty=penalty, dual=dual, tol=tol, C=C, fit_intercept=fit_intercept,
                                  intercept_scaling=intercept_scaling, class_weight=class_weight,
                                  random_state=random_state, solver=solver, max_iter=max_iter,
                                  multi_class=multi_class, verbose=verbose, warm_start=warm_start, n_jobs=n_jobs,
                                  l1_ratio=l1_ratio))

    def fit(self, X, y, sample_weight=None):
        if self.penalty not in ("l2", None):
            raise NotImplementedError("Pipebook's scikit-learn supports penalty='l2' or None only in LogisticRegression")
        if self.solver != "lbfgs":
            raise NotImplementedError("Pipebook's scikit-learn supports solver='lbfgs' only in LogisticRegression")
        if self.class_weight is not None or sample_weight is not None:
            raise NotImplementedError("Pipebook's scikit-learn does not support class or sample weights in LogisticRegression")
        names = feature_names(X)
        X = as_2d(X, float)
        y = as_1d(y)
        self.classes_ = np.unique(y)
        if len(self.classes_) != 2:
            raise NotImplementedError("Pipebook's scikit-learn fits binary LogisticRegression only (got %d classes)"
                                      % len(self.classes_))
        target = (y == self.classes_[1]).astype(float)
        n, k = X.shape
        design = np.column_stack([X, np.ones(n)]) if self.fit_intercept else X
        width = design.shape[1]
        penalty = np.zeros(width) + (0.0 if self.penalty is None else 1.0 / self.C)
        if self.fit_intercept:
            penalty[k] = 0.0
        w = np.zeros(width)
        for _ in range(100):
            p = _sigmoid(np.dot(design, w))
            gradient = np.dot(design.T, p - target) + penalty * w
            weights = p * (1.0 - p)
            hessian = np.dot(design.T, design * weights.reshape(-1, 1))
            hessian = hessian + np.diag(penalty)
            step = np.linalg.solve(hessian, gradient)
            w = w - step
            if float(np.abs(step).max()) < 1e-12 * (1.0 + float(np.abs(w).max())):
                break
        self.coef_ = w[:k].reshape(1, -1)
        self.intercept_ = np.array([w[k] if self.fit_intercept else 0.0])
        self.n_iter_ = np.array([0])
        self.n_features_in_ = k
        if names is not None:
            self.feature_names_in_ = names
        return self

    def decision_function(self, X):
        self._check_fitted("coef_")
        return np.dot(as_2d(X, float), self.coef_.ravel()) + self.intercept_[0]

    def predict_proba(self, X):
        p = _sigmoid(self.decision_function(X))
        return np.column_stack([1.0 - p, p])

    def predict(self, X):
        return self.classes_[(self.decision_function(X) > 0).astype(int)]

    def score(self, X, y):
        from sklearn.metrics import accuracy_score
        return accuracy_score(y, self.predict(X))
