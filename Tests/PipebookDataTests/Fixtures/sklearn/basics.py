import numpy as np
import pandas as pd
from sklearn.preprocessing import StandardScaler, MinMaxScaler, OneHotEncoder, LabelEncoder
from sklearn.impute import SimpleImputer
from sklearn.compose import ColumnTransformer
from sklearn.pipeline import Pipeline, make_pipeline
from sklearn.model_selection import train_test_split
from sklearn.metrics import (mean_squared_error, mean_absolute_error, r2_score, accuracy_score, precision_score,
                             recall_score, f1_score, roc_auc_score, confusion_matrix)

np.random.seed(0)
X = np.random.randn(50, 3) * np.array([1.0, 10.0, 100.0]) + np.array([0.0, 5.0, -3.0])
s = StandardScaler().fit(X)
print(s.mean_.tolist(), s.var_.tolist(), s.scale_.tolist())
print(s.transform(X)[:3].tolist())
m = MinMaxScaler().fit(X)
print(m.transform(X)[:2].tolist(), m.data_min_.tolist())
df = pd.DataFrame({"num": [1.0, np.nan, 3.0, 4.0, np.nan, 6.0], "cat": ["b", "a", None, "b", "c", "a"],
                   "n2": [1, 2, 3, 4, 5, 6]})
for strategy in ["mean", "median", "most_frequent"]:
    imp = SimpleImputer(strategy=strategy)
    print(strategy, imp.fit_transform(df[["num"]]).ravel().tolist(), imp.statistics_.tolist())
print(SimpleImputer(strategy="constant", fill_value="missing").fit_transform(df[["cat"]]).ravel().tolist())
enc = OneHotEncoder(handle_unknown="ignore", sparse_output=False)
print(enc.fit_transform(np.array([["b"], ["a"], ["c"], ["a"]])).tolist(), [c.tolist() for c in enc.categories_])
print(enc.transform(np.array([["z"], ["c"]])).tolist(), enc.get_feature_names_out().tolist())
print(enc)
ct = ColumnTransformer([("num", make_pipeline(SimpleImputer(strategy="median"), StandardScaler()), ["num", "n2"]),
                        ("cat", make_pipeline(SimpleImputer(strategy="constant", fill_value="missing"),
                                              OneHotEncoder(handle_unknown="ignore")), ["cat"])])
print(ct.fit_transform(df).tolist())
ct2 = ColumnTransformer([("s", StandardScaler(), ["n2"])], remainder="passthrough")
print(ct2.fit_transform(df[["n2", "num"]]).tolist())
le = LabelEncoder()
print(le.fit_transform(["M", "F", "I", "M"]).tolist(), le.classes_.tolist(), le.inverse_transform([0, 2]).tolist())
a, b, c, d = train_test_split(np.arange(20).reshape(10, 2), np.arange(10), test_size=0.3, random_state=42)
print(a.tolist(), b.tolist(), c.tolist(), d.tolist())
tr, te = train_test_split(df, test_size=0.5, random_state=1)
print(tr.index.tolist(), te.index.tolist())
yt = np.array([3.0, -0.5, 2.0, 7.0]); yp = np.array([2.5, 0.0, 2.0, 8.0])
print(mean_squared_error(yt, yp), mean_absolute_error(yt, yp), r2_score(yt, yp))
ct_ = [0, 1, 1, 0, 1, 1]; cp = [0, 1, 0, 0, 1, 1]; sc = [0.1, 0.9, 0.4, 0.35, 0.8, 0.7]
print(accuracy_score(ct_, cp), precision_score(ct_, cp), recall_score(ct_, cp), f1_score(ct_, cp), roc_auc_score(ct_, sc))
print(confusion_matrix(ct_, cp).tolist())
p = Pipeline([("scale", StandardScaler())])
print(p.fit_transform(X)[0].tolist(), p)
