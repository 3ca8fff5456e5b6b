# Models CPython's xgboost wrote (data/cpython, made by generate.py): pickled and joblib-dumped
# Boosters and scikit-learn wrappers, whose Booster state is XGBoost's UBJSON, and a .ubj model
# file. Each predicts what xgboost predicted.
import pickle

import joblib
import pandas as pd
import xgboost


def features(kind):
    test = pd.read_csv("data/test-%s.csv" % kind, header=None)
    return test.drop(test.columns[0], axis=1).values


def show(predictions):
    """The first values and the sum: equal to the bit, for the logistic models too."""
    values = predictions.ravel().tolist()
    print(predictions.shape, values[:8], sum(values))


X = features("regression")
with open("data/cpython/booster.pkl", "rb") as f:
    booster = pickle.load(f)
print(type(booster).__name__, booster.num_features(), booster.num_boosted_rounds())
show(booster.predict(xgboost.DMatrix(X)))
with open("data/cpython/booster-protocol5.pkl", "rb") as f:
    again = pickle.load(f)
print(again.predict(xgboost.DMatrix(X)).tolist() == booster.predict(xgboost.DMatrix(X)).tolist())

regressor = joblib.load("data/cpython/regressor.joblib")
print(type(regressor).__name__, regressor.n_estimators, regressor.max_depth)
show(regressor.predict(X))
print(type(regressor.get_booster()).__name__, regressor.get_booster().num_boosted_rounds(), regressor.best_iteration)
history = regressor.evals_result()["validation_0"]
print(type(history).__name__, list(history), history["rmse"][:3])

classifier = pickle.load(open("data/cpython/classifier.pkl", "rb"))
print(type(classifier).__name__, classifier.n_classes_, classifier.classes_.tolist())
show(classifier.predict(features("multiclass"), output_margin=True))
show(classifier.predict_proba(features("multiclass")))
print(classifier.predict(features("multiclass")).tolist()[:12])

binary = joblib.load("data/cpython/binary-classifier.joblib")
show(binary.predict(features("binary"), output_margin=True))
show(binary.predict_proba(features("binary")))

ubj = xgboost.Booster(model_file="data/cpython/xgboost-model-binary.ubj")
show(ubj.predict(xgboost.DMatrix(features("binary")), output_margin=True))
show(ubj.predict(xgboost.DMatrix(features("binary"))))
loaded = xgboost.Booster()
loaded.load_model("data/cpython/xgboost-model-binary.ubj")
print(loaded.num_features(), loaded.num_boosted_rounds())
