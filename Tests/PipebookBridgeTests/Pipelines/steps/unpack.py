"""Unpacks the model with tarfile as workshop evaluation scripts do, and round-trips gzip."""
import gzip
import json
import os
import tarfile

with tarfile.open("/opt/ml/processing/model/model.tar.gz") as tar:
    print("members", tar.getnames())
    tar.extractall(path=".")
with open("xgboost-model") as f:
    model = json.load(f)
print("trees", model["learner"]["gradient_booster"]["model"]["gbtree_model_param"]["num_trees"])
os.makedirs("/opt/ml/processing/out", exist_ok=True)
with gzip.open("/opt/ml/processing/out/check.json.gz", "wt") as f:
    f.write(json.dumps({"ok": True}))
with gzip.open("/opt/ml/processing/out/check.json.gz", "rt") as f:
    print("gzip", json.loads(f.read()))
with tarfile.open("/opt/ml/processing/out/packed.tar.gz", "w:gz") as tar:
    tar.add("xgboost-model", arcname="model/xgboost-model")
print("packed", tarfile.open("/opt/ml/processing/out/packed.tar.gz").getnames())
