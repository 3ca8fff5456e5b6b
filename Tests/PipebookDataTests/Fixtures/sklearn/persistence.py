# Models, frames, arrays and a script's own objects saved with joblib and pickle and loaded back,
# as a training script saves its model and an inference script's model_fn loads it.
import joblib, pickle, os, tempfile
import numpy as np
import pandas as pd
from sklearn.linear_model import LinearRegression, LogisticRegression
from sklearn.preprocessing import StandardScaler, OneHotEncoder
from sklearn.pipeline import make_pipeline

rng = np.random.RandomState(1)
X = rng.rand(30, 3)
y = X @ np.array([1.0, 2.0, -1.0]) + 0.5
model = make_pipeline(StandardScaler(), LinearRegression()).fit(X, y)
folder = tempfile.mkdtemp()
path = os.path.join(folder, "model.joblib")
joblib.dump(model, path)
loaded = joblib.load(path)
print(type(loaded).__name__, np.allclose(loaded.predict(X), model.predict(X)), loaded.predict(X[:2]).tolist() == model.predict(X[:2]).tolist())
clf = LogisticRegression().fit(X, (y > y.mean()).astype(int))
again = pickle.loads(pickle.dumps(clf))
print(again.predict_proba(X[:3]).tolist() == clf.predict_proba(X[:3]).tolist(), again.classes_.tolist())
df = pd.DataFrame({"a": [1.0, 2.0], "b": ["x", "y"]})
print(pickle.loads(pickle.dumps(df)))
arr = np.arange(6).reshape(2, 3)
back = pickle.loads(pickle.dumps(arr))
print(back, back.dtype, back.shape)
enc = OneHotEncoder(sparse_output=False, handle_unknown="ignore").fit([["a"], ["b"]])
print(pickle.loads(pickle.dumps(enc)).transform([["b"], ["c"]]).tolist())

class Point:
    def __init__(self, x):
        self.x = x
p = pickle.loads(pickle.dumps(Point(3)))
print(type(p).__name__, p.x)
