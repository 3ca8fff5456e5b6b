# xgboost's default tree method (hist, when tree_method is not given): xgboost.train with its
# per-round lines, the trees' splits, and the scikit-learn wrappers for regression and binary
# and multi-class classification. The weights (features 6-9) have more than 256 distinct values.
import json

import pandas as pd
import xgboost

train = pd.read_csv("data/train-regression.csv", header=None)
test = pd.read_csv("data/test-regression.csv", header=None)
dtrain = xgboost.DMatrix(train.iloc[:, 1:].values, label=train.iloc[:, 0])
dtest = xgboost.DMatrix(test.iloc[:, 1:].values, label=test.iloc[:, 0])
params = {"objective": "reg:squarederror", "max_depth": 4, "eta": 0.3, "gamma": 1, "min_child_weight": 2,
          "lambda": 1.5, "alpha": 0.1}
booster = xgboost.train(params, dtrain, num_boost_round=6, evals=[(dtrain, "train"), (dtest, "test")])
booster.save_model("model.json")
with open("model.json") as f:
    trees = json.load(f)["learner"]["gradient_booster"]["model"]["trees"]
for tree in trees[:3]:
    print(tree["split_indices"], tree["default_left"])
    print([round(v, 5) for v in tree["split_conditions"]])
print([round(v, 4) for v in booster.predict(dtest).tolist()[:8]])
auto = xgboost.train(dict(params, tree_method="auto"), dtrain, 6)
print(auto.predict(dtest).tolist() == booster.predict(dtest).tolist())
coarse = xgboost.train(dict(params, max_bin=16), dtrain, 6)
print([round(v, 4) for v in coarse.predict(dtest).tolist()[:8]])

model = xgboost.XGBRegressor(n_estimators=15, max_depth=3, learning_rate=0.2)
model.fit(train.iloc[:, 1:], train.iloc[:, 0])
print([round(v, 4) for v in model.predict(test.iloc[:, 1:]).tolist()[:8]])

tb = pd.read_csv("data/train-binary.csv", header=None)
sb = pd.read_csv("data/test-binary.csv", header=None)
clf = xgboost.XGBClassifier(n_estimators=10, max_depth=3)
clf.fit(tb.iloc[:, 1:].values, tb.iloc[:, 0].astype(int).values)
print(clf.predict(sb.iloc[:, 1:].values).tolist()[:20])
print(clf.predict_proba(sb.iloc[:, 1:].values)[:3, 1].tolist())

tm = pd.read_csv("data/train-multiclass.csv", header=None)
sm = pd.read_csv("data/test-multiclass.csv", header=None)
multi = xgboost.XGBClassifier(n_estimators=8, max_depth=3)
multi.fit(tm.iloc[:, 1:].values, tm.iloc[:, 0].astype(int).values)
print(multi.predict(sm.iloc[:, 1:].values).tolist()[:20])
print(multi.predict_proba(sm.iloc[:, 1:].values)[:3].tolist())
