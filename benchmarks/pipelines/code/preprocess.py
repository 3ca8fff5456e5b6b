"""The abalone workshop's preprocessing with the csv module: sex one-hot, label (rings) first,
70/15/15 split in file order."""
import csv
import os

base = "/opt/ml/processing"
name = [n for n in os.listdir(base + "/input") if n.endswith(".csv")][0]
with open(base + "/input/" + name) as f:
    rows = [r for r in csv.reader(f) if r]
data = [[r[8]] + ["1" if r[0] == s else "0" for s in "MFI"] + r[1:8] for r in rows]
a, b = len(data) * 70 // 100, len(data) * 85 // 100
for folder, part in (("train", data[:a]), ("validation", data[a:b]), ("test", data[b:])):
    os.makedirs(base + "/" + folder, exist_ok=True)
    with open(base + "/" + folder + "/" + folder + ".csv", "w", newline="") as f:
        csv.writer(f, lineterminator="\n").writerows(part)
with open(base + "/test/features.csv", "w", newline="") as f:
    csv.writer(f, lineterminator="\n").writerows([r[1:] for r in data[b:]])
print("rows", len(data))
