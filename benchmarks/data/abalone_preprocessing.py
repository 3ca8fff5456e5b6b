# The abalone preprocessing step (Tests/PipebookDataTests/Fixtures/scripts/preprocessing.py) on
# the 4,177-row data set: read, impute, scale, one-hot, shuffle, split, write three CSVs.
# Imports are part of the time, as they are of a real step's.
import os
import tempfile

import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.impute import SimpleImputer
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler

names = ["sex", "length", "diameter", "height", "whole_weight", "shucked_weight", "viscera_weight",
         "shell_weight", "rings"]
dtypes = {n: np.float64 for n in names}
dtypes["sex"] = str
df = pd.read_csv("../../Tests/PipebookDataTests/Fixtures/data/abalone.csv", header=None, names=names, dtype=dtypes)
numeric = names[1:-1]
preprocess = ColumnTransformer(transformers=[
    ("num", Pipeline(steps=[("imputer", SimpleImputer(strategy="median")), ("scaler", StandardScaler())]), numeric),
    ("cat", Pipeline(steps=[("imputer", SimpleImputer(strategy="constant", fill_value="missing")),
                            ("onehot", OneHotEncoder(handle_unknown="ignore"))]), ["sex"]),
])
y = df.pop("rings")
X = np.concatenate((y.to_numpy().reshape(len(y), 1), preprocess.fit_transform(df)), axis=1)
np.random.seed(42)
np.random.shuffle(X)
train, validation, test = np.split(X, [int(0.7 * len(X)), int(0.85 * len(X))])
out = tempfile.mkdtemp()
sizes = []
for name, part in [("train", train), ("validation", validation), ("test", test)]:
    path = os.path.join(out, name + ".csv")
    pd.DataFrame(part).to_csv(path, header=False, index=False)
    sizes.append(os.path.getsize(path))
    os.remove(path)
os.rmdir(out)
print(sizes, X[0].tolist())
