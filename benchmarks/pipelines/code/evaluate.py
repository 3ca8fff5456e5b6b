"""Mean squared error of the batch predictions against the test labels, as evaluation.json."""
import csv
import json
import os

with open("/opt/ml/processing/test/test.csv") as f:
    labels = [float(r[0]) for r in csv.reader(f) if r]
with open("/opt/ml/processing/predictions/features.csv.out") as f:
    predictions = [float(line) for line in f if line.strip()]
mse = sum((p - y) ** 2 for p, y in zip(predictions, labels)) / len(labels)
os.makedirs("/opt/ml/processing/evaluation", exist_ok=True)
with open("/opt/ml/processing/evaluation/evaluation.json", "w") as f:
    json.dump({"regression_metrics": {"mse": {"value": mse}}}, f)
print("mse", mse)
