"""Writes the XGBoost fixtures' data from the shared abalone data set (UCI, CC BY 4.0):
label first, no header, sex one-hot (M, F, I) then the seven measurements.

    python3 make_data.py /path/to/abalone.csv"""
import sys

rows = [line.strip().split(",") for line in open(sys.argv[1]) if line.strip()]
def features(r):
    return [1.0 if r[0] == s else 0.0 for s in "MFI"] + [float(x) for x in r[1:8]]

def write(name, selected, label):
    with open(name, "w") as f:
        for r in selected:
            f.write(",".join(repr(v) for v in [label(r)] + features(r)) + "\n")

train, test = rows[:600], rows[600:800]
for suffix, label in [("regression", lambda r: float(r[8])),
                      ("binary", lambda r: 1.0 if int(r[8]) > 9 else 0.0),
                      ("multiclass", lambda r: float(min(int(r[8]) // 5, 3) if int(r[8]) >= 5 else 0))]:
    write(f"train-{suffix}.csv", train, label)
    write(f"test-{suffix}.csv", test, label)
