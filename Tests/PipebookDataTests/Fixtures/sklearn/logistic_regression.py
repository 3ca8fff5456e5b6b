"""LogisticRegression (lbfgs) against scikit-learn's own numbers: every case is fitted here and
its coef_, intercept_, decision_function and predict_proba must equal, to 1e-9 relative, the values
scikit-learn computed for the same case (data/logistic_expected.json, written by
generate_logistic_expected.py, which calls fits() below under the real libraries)."""

import json
import numpy as np
import pandas as pd
from sklearn.datasets import load_breast_cancer
from sklearn.linear_model import LogisticRegression
from sklearn.preprocessing import StandardScaler

TOLERANCE = 1e-9


def data_sets():
    rng = np.random.RandomState(3)
    X = rng.randn(200, 4)
    binary = (X[:, 0] - X[:, 1] + rng.randn(200) * 0.5 > 0).astype(int)
    weights = rng.uniform(0.5, 2.0, 200)
    rng = np.random.RandomState(5)
    Xm = rng.randn(300, 5)
    scores = Xm @ rng.randn(5, 4) + rng.randn(300, 4)
    multi = np.array(["a", "b", "c", "d"], dtype=object)[scores.argmax(axis=1)]
    cancer = load_breast_cancer()
    scaled = StandardScaler().fit_transform(cancer.data)
    abalone = pd.read_csv("data/abalone.csv", header=None)
    measures = abalone.iloc[:, 1:8].to_numpy()
    with_rings = StandardScaler().fit_transform(abalone.iloc[:, 1:9].to_numpy().astype(float))
    return {
        "synthetic": (X, binary, weights),
        "multiclass": (Xm, multi),
        "cancer": (cancer.data, cancer.target),
        "cancer_scaled": (scaled, cancer.target),
        "abalone_old": (measures, (abalone[8] > 9).astype(int).to_numpy()),
        "abalone_old_scaled": (StandardScaler().fit_transform(measures), (abalone[8] > 9).astype(int).to_numpy()),
        "abalone_sex": (with_rings, abalone[0].to_numpy()),
    }


def cases(data):
    X, y, w = data["synthetic"]
    yield "synthetic", X, y, {}, None
    yield "synthetic C=0.05 no intercept", X, y, dict(C=0.05, fit_intercept=False), None
    yield "synthetic sample_weight", X, y, {}, w
    yield "synthetic class_weight dict", X, y, dict(class_weight={0: 2.0, 1: 0.5}), None
    yield "synthetic multi_class=multinomial", X, y, dict(multi_class="multinomial"), None
    X, y = data["cancer"]
    yield "cancer raw max_iter=7", X, y, dict(max_iter=7), None
    X, y = data["cancer_scaled"]
    yield "cancer scaled", X, y, {}, None
    yield "cancer scaled C=10", X, y, dict(C=10.0), None
    yield "cancer scaled balanced", X, y, dict(class_weight="balanced"), None
    X, y = data["abalone_old"]
    yield "abalone rings > 9", X, y, {}, None
    X, y = data["abalone_old_scaled"]
    yield "abalone scaled rings > 9 no penalty", X, y, dict(penalty=None, max_iter=300), None
    X, y = data["multiclass"]
    yield "multiclass", X, y, {}, None
    yield "multiclass C=0.1 balanced no intercept", X, y, dict(C=0.1, class_weight="balanced", fit_intercept=False), None
    X, y = data["abalone_sex"]
    yield "abalone scaled sex C=0.05", X, y, dict(C=0.05), None
    yield "abalone scaled sex max_iter=30", X, y, dict(max_iter=30), None


def fits():
    """Every case's fitted numbers (on the first 25 rows for decision_function and predict_proba)."""
    results = {}
    for name, X, y, parameters, sample_weight in cases(data_sets()):
        model = LogisticRegression(**parameters).fit(X, y, sample_weight=sample_weight)
        results[name] = {
            "n_iter": int(model.n_iter_[0]),
            "coef": model.coef_.tolist(),
            "intercept": model.intercept_.tolist(),
            "decision": model.decision_function(X[:25]).tolist(),
            "proba": model.predict_proba(X[:25]).tolist(),
            "predict": model.predict(X[:500]).tolist(),
        }
    return results


def largest_relative_difference(actual, expected):
    a = np.array(actual, dtype=float).ravel()
    e = np.array(expected, dtype=float).ravel()
    if a.shape != e.shape:
        return float("inf")
    return float((np.abs(a - e) / np.maximum(np.abs(e), 1e-300)).max())


if __name__ == "__main__":
    with open("data/logistic_expected.json") as f:
        expected = json.load(f)
    for name, got in fits().items():
        want = expected[name]
        print(name + ":", "n_iter", got["n_iter"], "(expected %d)" % want["n_iter"])
        for key in ("coef", "intercept", "decision", "proba"):
            difference = largest_relative_difference(got[key], want[key])
            print("  %s equal to 1e-9: %s" % (key, difference <= TOLERANCE))
        print("  predictions equal:", got["predict"] == want["predict"])
