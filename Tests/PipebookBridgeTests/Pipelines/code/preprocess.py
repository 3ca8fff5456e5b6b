"""Splits the raw CSV into train, validation and test sets (run by the processing step)."""
import os

rows = open("/opt/ml/processing/input/data.csv").read().splitlines()
for name, part in (("train", rows[: len(rows) * 7 // 10]), ("validation", rows[len(rows) * 7 // 10 : len(rows) * 85 // 100]), ("test", rows[len(rows) * 85 // 100 :])):
    os.makedirs(f"/opt/ml/processing/{name}", exist_ok=True)
    with open(f"/opt/ml/processing/{name}/{name}.csv", "w") as f:
        f.write("\n".join(part))
