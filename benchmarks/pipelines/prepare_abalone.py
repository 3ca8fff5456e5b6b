"""Writes abalone as the built-in XGBoost reads it (label first, no header, sex one-hot),
split 80/20 in file order: train.csv and validation.csv in the folder given.

    python3 prepare_abalone.py ABALONE_CSV OUT_FOLDER"""
import os
import sys

source, out = sys.argv[1], sys.argv[2]
rows = [line.strip().split(",") for line in open(source) if line.strip()]
lines = [",".join([r[8]] + ["1" if r[0] == s else "0" for s in "MFI"] + r[1:8]) for r in rows]
cut = len(lines) * 8 // 10
os.makedirs(out, exist_ok=True)
with open(os.path.join(out, "train.csv"), "w") as f:
    f.write("\n".join(lines[:cut]) + "\n")
with open(os.path.join(out, "validation.csv"), "w") as f:
    f.write("\n".join(lines[cut:]) + "\n")
