# More scikit-learn: options, pipelines ending in a model, splits of frames, metric corner cases.
import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer, make_column_transformer
from sklearn.impute import SimpleImputer
from sklearn.linear_model import LinearRegression
from sklearn.metrics import confusion_matrix, mean_squared_error, precision_score, r2_score, roc_auc_score
from sklearn.model_selection import train_test_split
from sklearn.pipeline import Pipeline, make_pipeline
from sklearn.preprocessing import LabelEncoder, MinMaxScaler, OneHotEncoder, StandardScaler

X = np.array([[1.0, 10.0], [2.0, 20.0], [4.0, 25.0], [8.0, 40.0]])
print(MinMaxScaler(feature_range=(-1, 1)).fit_transform(X).tolist())
sc = StandardScaler(with_mean=False).fit(X)
print(sc.transform(X).tolist(), sc.mean_, sc.inverse_transform(sc.transform(X)).tolist())
print(SimpleImputer(strategy="most_frequent").fit_transform(np.array([[1, 2], [1, 3], [4, 3]])).tolist())
print(SimpleImputer().fit_transform(np.array([[1.0, np.nan], [3.0, 4.0], [np.nan, 8.0]])).tolist())
enc = OneHotEncoder(drop="first", sparse_output=False).fit(np.array([["x", "p"], ["y", "q"], ["z", "p"]], dtype=object))
print(enc.transform(np.array([["y", "q"]], dtype=object)).tolist(), enc.get_feature_names_out(["c1", "c2"]).tolist())
print(LabelEncoder().fit_transform([10, 5, 10, 7]).tolist())
df = pd.DataFrame({"n": [1.0, 2.0, 3.0, 4.0, 5.0], "c": ["a", "b", "a", "c", "b"], "z": [5, 4, 3, 2, 1]})
ct = make_column_transformer((StandardScaler(), ["n"]), (OneHotEncoder(sparse_output=False), ["c"]), remainder="passthrough")
print(ct.fit_transform(df).tolist())
ct2 = ColumnTransformer([("drop_n", "drop", ["n"]), ("keep", "passthrough", ["c"])])
print(ct2.fit_transform(df).tolist())
model = make_pipeline(StandardScaler(), LinearRegression())
model.fit(df[["n", "z"]].iloc[:, :1], df["z"])
print(np.round(model.predict(df[["n"]]), 10).tolist(), list(model.named_steps))
p = Pipeline([("impute", SimpleImputer()), ("scale", StandardScaler())])
print(p["scale"], p[0], len(p))
tr, te = train_test_split(df, shuffle=False, test_size=2)
print(tr.index.tolist(), te.index.tolist())
a, b = train_test_split(list(range(10)), train_size=0.6, random_state=0)
print(a, b)
Xtr, Xte, ytr, yte = train_test_split(df[["n"]], df["z"], test_size=0.4, random_state=3)
print(Xtr.index.tolist(), yte.tolist())
print(mean_squared_error([1, 2], [1, 2]), r2_score([1.0, 2.0, 3.0], [1.0, 2.0, 3.0]), precision_score([0, 0], [0, 0]))
print(confusion_matrix(["a", "b", "a"], ["a", "a", "a"]).tolist(), confusion_matrix([1, 0], [1, 1], labels=[1, 0]).tolist())
print(roc_auc_score([0, 0, 1, 1], [0.5, 0.5, 0.5, 0.9]), roc_auc_score(np.array([1, 0, 1]), np.array([0.2, 0.1, 0.3])))
