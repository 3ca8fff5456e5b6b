# A model archive as a training job leaves it, and the untar an evaluation step does.
import gzip
import json
import os
import tarfile

os.makedirs("model/sub", exist_ok=True)
with open("model/xgboost-model", "w") as f:
    f.write(json.dumps({"learner": {"trees": [1, 2, 3]}}))
with open("model/sub/notes.txt", "w") as f:
    f.write("hello\n" * 1000)
with tarfile.open("model.tar.gz", "w:gz") as tar:
    tar.add("model/xgboost-model", arcname="xgboost-model")
    tar.add("model/sub", arcname="sub")
with tarfile.open("model.tar.gz") as tar:
    print(tar.getnames())
    print([(m.name, m.isfile(), m.isdir(), m.size) for m in tar.getmembers()])
    tar.extractall(path="out")
    print(tar.extractfile("sub/notes.txt").read()[:12])
print(sorted(os.listdir("out")), open("out/xgboost-model").read())
with tarfile.open("plain.tar", "w") as tar:
    tar.add("model", arcname="m")
with tarfile.open("plain.tar", "r:*") as tar:
    print(tar.getnames())
with gzip.open("x.gz", "wt") as f:
    f.write("a,b\n1,2\n")
with gzip.open("x.gz", "rt") as f:
    print(repr(f.read()))
print(gzip.decompress(gzip.compress(b"abc" * 5)))
try:
    tarfile.open("out/xgboost-model")
except tarfile.ReadError as e:
    print("ReadError")
