"""Splits a label-first CSV into train, validation and test (features only) for XGBoost."""
import csv
import os
import sys

# argparse is coming to Pipebook on another branch; until then the arguments are read by hand.
fraction = float(sys.argv[sys.argv.index("--train-fraction") + 1]) if "--train-fraction" in sys.argv else 0.8

base = "/opt/ml/processing"
source = [name for name in sorted(os.listdir(os.path.join(base, "input"))) if name.endswith(".csv")][0]
with open(os.path.join(base, "input", source)) as f:
    rows = [row for row in csv.reader(f) if row]
cut = int(len(rows) * fraction)
print("rows:", len(rows), "train:", cut, "mode:", os.environ.get("SPLIT_MODE"))


def write(folder, name, selected):
    os.makedirs(os.path.join(base, folder), exist_ok=True)
    with open(os.path.join(base, folder, name), "w", newline="") as f:
        csv.writer(f).writerows(selected)


write("train", "train.csv", rows[:cut])
write("validation", "validation.csv", rows[cut:])
write("test", "test.csv", [row[1:] for row in rows[cut:]])
