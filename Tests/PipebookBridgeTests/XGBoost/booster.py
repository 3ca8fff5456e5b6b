# Booster: load models xgboost trained, predict, save and load, pickle and joblib round trips.
import pickle

import joblib
import numpy as np
import pandas as pd
import xgboost

test = pd.read_csv("data/test-regression.csv", header=None)
y = test.iloc[:, 0].to_numpy()
X = test.drop(test.columns[0], axis=1).values
booster = xgboost.Booster()
booster.load_model("data/xgboost-model-regression.json")
print(booster.num_features(), booster.num_boosted_rounds())
p = booster.predict(xgboost.DMatrix(X))
print(p.shape, p.tolist()[:8])
print(booster.predict(xgboost.DMatrix(X), iteration_range=(0, 5)).tolist()[:4])
print(booster.predict(xgboost.DMatrix(X), output_margin=True).tolist()[:4])
print(float(np.mean((y - p) ** 2)))

booster.save_model("again.json")
again = xgboost.Booster(model_file="again.json")
print(again.predict(xgboost.DMatrix(X)).tolist() == p.tolist())
with open("booster.pkl", "wb") as f:
    pickle.dump(booster, f)
with open("booster.pkl", "rb") as f:
    loaded = pickle.load(f)
print(type(loaded).__name__, loaded.predict(xgboost.DMatrix(X)).tolist() == p.tolist())
joblib.dump({"model": booster, "rounds": 20}, "booster.joblib")
back = joblib.load("booster.joblib")
print(back["rounds"], back["model"].predict(xgboost.DMatrix(X)).tolist() == p.tolist())

binary = xgboost.Booster(model_file="data/xgboost-model-binary.json")
tb = pd.read_csv("data/test-binary.csv", header=None)
pb = binary.predict(xgboost.DMatrix(tb.iloc[:, 1:]))
print(pb.shape, pb.tolist()[:6])  # float32 sigmoid, to the bit

multi = xgboost.Booster(model_file="data/xgboost-model-multiclass.json")
tm = pd.read_csv("data/test-multiclass.csv", header=None).values
pm = multi.predict(xgboost.DMatrix(tm[:, 1:]))
print(pm.shape, pm[0].tolist(), pm.argmax(axis=1).tolist()[:10])
