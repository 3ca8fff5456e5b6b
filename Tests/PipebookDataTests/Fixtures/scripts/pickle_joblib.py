# pickle and joblib round trips of plain values; pickles made by CPython load too.
import pickle

import joblib

value = {"name": "abalone", "n": 4177, "big": 2 ** 70, "neg": -5, "ratio": 0.7, "ok": True, "none": None,
         "cols": ["sex", "length"], "pair": (1, 2.5), "t4": (1, 2, 3, 4), "raw": b"\x00\x01", "empty": [],
         "fs": frozenset([3]), "s": {1}, "long": "x" * 300, "neg_big": -(2 ** 65)}
with open("v.pkl", "wb") as f:
    pickle.dump(value, f)
with open("v.pkl", "rb") as f:
    print(pickle.load(f) == value)
print(pickle.loads(pickle.dumps(value)) == value)
data = pickle.dumps([1, "a", 2.0])
print(pickle.loads(data))
cpython = b'\x80\x04\x95$\x00\x00\x00\x00\x00\x00\x00}\x94(\x8c\x01a\x94K\x01\x8c\x01b\x94]\x94(K\x02G@\x08\x00\x00\x00\x00\x00\x00e\x8c\x01c\x94h\x03u.'
print(pickle.loads(cpython))
joblib.dump(value, "v.joblib")
print(joblib.load("v.joblib") == value)
joblib.dump([1, 2, 3], "v.gz", compress=3)
print(joblib.load("v.gz"))
