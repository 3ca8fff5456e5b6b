# xgboost.train and the scikit-learn wrappers on the abalone-like data (exact trees).
import numpy as np
import pandas as pd
import xgboost

train = pd.read_csv("data/train-regression.csv", header=None)
test = pd.read_csv("data/test-regression.csv", header=None)
dtrain = xgboost.DMatrix(train.iloc[:, 1:].values, label=train.iloc[:, 0])
dtest = xgboost.DMatrix(test.iloc[:, 1:].values, label=test.iloc[:, 0])
params = {"objective": "reg:squarederror", "max_depth": 4, "eta": 0.3, "gamma": 1, "min_child_weight": 2,
          "lambda": 1.5, "alpha": 0.1, "tree_method": "exact"}
booster = xgboost.train(params, dtrain, num_boost_round=20)
print(type(booster).__name__, booster.num_boosted_rounds())
print([round(v, 4) for v in booster.predict(dtest).tolist()[:8]])

model = xgboost.XGBRegressor(n_estimators=15, max_depth=3, learning_rate=0.2, tree_method="exact")
model.fit(train.iloc[:, 1:], train.iloc[:, 0])
print([round(v, 4) for v in model.predict(test.iloc[:, 1:]).tolist()[:8]])

tb = pd.read_csv("data/train-binary.csv", header=None)
sb = pd.read_csv("data/test-binary.csv", header=None)
clf = xgboost.XGBClassifier(n_estimators=10, max_depth=3, tree_method="exact")
clf.fit(tb.iloc[:, 1:].values, tb.iloc[:, 0].astype(int).values)
print(clf.predict(sb.iloc[:, 1:].values).tolist()[:20])
print([round(v, 4) for v in clf.predict_proba(sb.iloc[:, 1:].values)[:3, 1].tolist()])
