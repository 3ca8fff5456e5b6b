"""LogisticRegression with solver="lbfgs" and the L2 penalty (or none), as scikit-learn 1.5 fits it.

scikit-learn minimises the mean log-loss plus ||w||^2 / (2 C n) (weighted by the sample and class
weights) with scipy's L-BFGS-B, which stops at `tol` long before the exact optimum: the fitted
coefficients are where L-BFGS-B stops, so Pipebook reproduces both the objective and L-BFGS-B step
for step (`_learn.logistic_regression`, Sources/PipebookData/Learn). Two classes use the binomial
loss; more classes the multinomial (softmax) loss, scikit-learn 1.5's default for lbfgs."""

import _learn
import numpy as np
from numpy._ndarray import _wrap
from sklearn.base import BaseEstimator, as_2d, as_1d, feature_names


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

    def _check_parameters(self):
        """Refuses what Pipebook does not implement, and what scikit-learn refuses, with its message.
        (intercept_scaling, random_state and n_jobs do nothing with lbfgs, so any value is accepted.)"""
        if self.solver != "lbfgs":
            raise NotImplementedError("Pipebook's scikit-learn supports solver='lbfgs' only in LogisticRegression "
                                      "(got solver=%r)" % (self.solver,))
        if self.penalty not in ("l2", None):
            raise ValueError("Solver lbfgs supports only 'l2' or None penalties, got %s penalty." % (self.penalty,))
        if self.dual:
            raise ValueError("Solver lbfgs supports only dual=False, got dual=%s" % (self.dual,))
        if self.multi_class not in ("deprecated", "auto", "multinomial"):
            raise NotImplementedError("Pipebook's scikit-learn does not support multi_class=%r in LogisticRegression"
                                      % (self.multi_class,))
        for name in ("warm_start", "verbose"):
            if getattr(self, name):
                raise NotImplementedError("Pipebook's scikit-learn does not support %s=%r in LogisticRegression"
                                          % (name, getattr(self, name)))
        if not (self.class_weight is None or self.class_weight == "balanced" or isinstance(self.class_weight, dict)):
            raise NotImplementedError("Pipebook's scikit-learn does not support class_weight=%r in LogisticRegression"
                                      % (self.class_weight,))
        if not self.C > 0:
            raise ValueError("The 'C' parameter of LogisticRegression must be a float in the range (0.0, inf]. "
                             "Got %r instead." % (self.C,))
        if not self.tol >= 0:
            raise ValueError("The 'tol' parameter of LogisticRegression must be a float in the range [0.0, inf). "
                             "Got %r instead." % (self.tol,))
        if not (isinstance(self.max_iter, int) and self.max_iter >= 0):
            raise ValueError("The 'max_iter' parameter of LogisticRegression must be an int in the range [0, inf). "
                             "Got %r instead." % (self.max_iter,))

    def fit(self, X, y, sample_weight=None):
        self._check_parameters()
        names = feature_names(X)
        X = as_2d(X, float)
        y = as_1d(y)
        n_samples = X.shape[0]
        classes, encoded = np.unique(y, return_inverse=True)
        if len(classes) < 2:
            raise ValueError("This solver needs samples of at least 2 classes in the data, but the data contains "
                             "only one class: %r" % (classes[0],))
        multinomial = len(classes) > 2 or self.multi_class == "multinomial"
        if multinomial:
            target = encoded.astype(float)
        else:
            target = (encoded == 1).astype(float)
        weights = _sample_weights(sample_weight, self.class_weight, classes, encoded, target, multinomial, n_samples)

        # scikit-learn scales the penalty by the sum of the weights: its objective is the mean loss.
        weight_sum = n_samples if weights is None else np.sum(weights)
        C = float("inf") if self.penalty is None else self.C
        outputs = len(classes) if multinomial else 1
        coef, n_iter = _learn.logistic_regression(X._b, target._b, None if weights is None else weights._b,
                                                  outputs, bool(self.fit_intercept), 1.0 / (C * weight_sum),
                                                  self.max_iter, float(self.tol))
        coef = _wrap(coef)
        if multinomial:
            # scipy's vector is the (classes, features + 1) matrix in column-major order.
            coef = coef.reshape(-1, outputs).T
            if len(classes) == 2:
                coef = coef[1:]
        else:
            coef = coef.reshape(1, -1)
        if self.fit_intercept:
            self.intercept_ = coef[:, -1]
            self.coef_ = coef[:, :-1]
        else:
            self.intercept_ = np.zeros(coef.shape[0])
            self.coef_ = coef
        self.classes_ = classes
        self.n_iter_ = np.array([min(n_iter, self.max_iter)])
        self.n_features_in_ = X.shape[1]
        if names is not None:
            self.feature_names_in_ = names
        return self

    def decision_function(self, X):
        self._check_fitted("coef_")
        scores = np.dot(as_2d(X, float), self.coef_.T) + self.intercept_
        return scores.ravel() if scores.shape[1] == 1 else scores

    def predict_proba(self, X):
        decision = self.decision_function(X)
        if decision.ndim == 1 and self.multi_class != "multinomial":
            positive = 1.0 / (1.0 + np.exp(-decision))
            return np.column_stack([1 - positive, positive])
        if decision.ndim == 1:
            decision = np.column_stack([-decision, decision])
        # scikit-learn's softmax: subtract the row maximum, exponentiate, divide by the row sum.
        exps = np.exp(decision - decision.max(axis=1).reshape(-1, 1))
        return exps / exps.sum(axis=1).reshape(-1, 1)

    def predict_log_proba(self, X):
        return np.log(self.predict_proba(X))

    def predict(self, X):
        scores = self.decision_function(X)
        if scores.ndim == 1:
            return self.classes_[(scores > 0).astype(int)]
        return self.classes_[scores.argmax(axis=1)]

    def score(self, X, y):
        from sklearn.metrics import accuracy_score
        return accuracy_score(y, self.predict(X))


def _sample_weights(sample_weight, class_weight, classes, encoded, target, multinomial, n_samples):
    """The weights scikit-learn fits with: sample_weight (or ones) times the class weights, which
    it computes over the original classes for a dict or a multinomial fit, and over the 0/1
    target for "balanced" with two classes. None when there are neither."""
    if sample_weight is None and class_weight is None:
        return None
    if sample_weight is None:
        weights = np.ones(n_samples)
    else:
        weights = as_1d(sample_weight).astype(float)
        if weights.ndim != 1 or weights.shape[0] != n_samples:
            raise ValueError("sample_weight.shape == %s, expected (%d,)!" % (weights.shape, n_samples))
    if isinstance(class_weight, dict):
        per_class = np.ones(len(classes))
        missing = []
        for i, c in enumerate(classes.tolist()):
            if c in class_weight:
                per_class[i] = class_weight[c]
            else:
                missing.append(c)
        if missing and len(classes) - len(missing) != len(class_weight):
            raise ValueError("The classes, %s, are not in class_weight" % (missing,))
        return weights * per_class[encoded]
    if class_weight == "balanced":
        labels = encoded if multinomial else target.astype(int)
        counts = np.array([int((labels == k).sum()) for k in range(int(labels.max()) + 1)])
        per_class = n_samples / (len(counts) * counts.astype(float))
        return weights * per_class[labels]
    return weights
