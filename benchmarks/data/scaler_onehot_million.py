# StandardScaler on 1,000,000 rows of three numbers and OneHotEncoder on 1,000,000 strings.
import numpy as np
from sklearn.preprocessing import OneHotEncoder, StandardScaler

n = 1_000_000
rng = np.random.RandomState(0)
X = rng.randn(n, 3) * np.array([1.0, 10.0, 100.0]) + np.array([0.0, 5.0, -3.0])
sex = np.array(["F", "I", "M"], dtype=object)[rng.randint(0, 3, size=n)].reshape(-1, 1)
scaled = StandardScaler().fit_transform(X)
encoded = OneHotEncoder(handle_unknown="ignore", sparse_output=False).fit_transform(sex)
print(scaled.shape, scaled[0].tolist(), scaled.std(axis=0).tolist())
print(encoded.shape, encoded.sum(axis=0).tolist())
