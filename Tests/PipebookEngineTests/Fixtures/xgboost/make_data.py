"""Writes the XGBoost fixtures' data from the shared abalone data set (UCI, CC BY 4.0):
label first, no header, sex one-hot (M, F, I) then the seven measurements. Besides the
600/200-row sets: abalone whole, split 80/20 in file order as benchmarks/pipelines does
(train-abalone.csv, test-abalone.csv), and train-missing.csv, the regression rows with some
measurements blanked (missing values, for the hist method's default directions).

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

cut = len(rows) * 8 // 10
write("train-abalone.csv", rows[:cut], lambda r: float(r[8]))
write("test-abalone.csv", rows[cut:], lambda r: float(r[8]))
with open("train-missing.csv", "w") as f:
    for i, r in enumerate(train):
        values = [float(r[8])] + features(r)
        # Blank the length in every 5th row and the shell weight in every 3rd.
        fields = ["" if (j == 4 and i % 5 == 0) or (j == 10 and i % 3 == 0) else repr(v) for j, v in enumerate(values)]
        f.write(",".join(fields) + "\n")
