"""sklearn.datasets: the breast cancer data set scikit-learn ships, loaded as scikit-learn loads it.

data/breast_cancer.csv is scikit-learn's own copy of Breast Cancer Wisconsin (Diagnostic), UCI
Machine Learning Repository (Wolberg, Mangasarian, Street and Street, 1993),
doi:10.24432/C5DW2B, CC BY 4.0. Its first line is `569,30,malignant,benign`: the number of
rows, of features, and the class names; each row is 30 features and the class (0 malignant,
1 benign)."""
import csv
import os

import numpy as np

_DATA = os.path.join(os.path.dirname(__file__), "data")

_BREAST_CANCER_FEATURES = [
    "mean radius", "mean texture", "mean perimeter", "mean area", "mean smoothness",
    "mean compactness", "mean concavity", "mean concave points", "mean symmetry",
    "mean fractal dimension", "radius error", "texture error", "perimeter error", "area error",
    "smoothness error", "compactness error", "concavity error", "concave points error",
    "symmetry error", "fractal dimension error", "worst radius", "worst texture",
    "worst perimeter", "worst area", "worst smoothness", "worst compactness", "worst concavity",
    "worst concave points", "worst symmetry", "worst fractal dimension",
]


class Bunch(dict):
    """A dict whose keys are also attributes, as scikit-learn's."""

    def __init__(self, **kwargs):
        super().__init__(kwargs)

    def __getattr__(self, key):
        if key == "DESCR":
            raise NotImplementedError("Pipebook's sklearn.datasets has no DESCR text for its data sets")
        try:
            return self[key]
        except KeyError:
            raise AttributeError(key)

    def __setattr__(self, key, value):
        self[key] = value


def _load_csv_data(file_name):
    with open(os.path.join(_DATA, file_name), newline="") as f:
        reader = csv.reader(f)
        first = next(reader)
        n_samples, n_features = int(first[0]), int(first[1])
        target_names = np.array(first[2:], dtype=object)
        rows = []
        target = []
        for row in reader:
            rows.append([float(v) for v in row[:-1]])
            target.append(int(row[-1]))
    data = np.array(rows, dtype=np.float64).reshape(n_samples, n_features)
    return data, np.array(target, dtype=np.int64), target_names


def load_breast_cancer(*, return_X_y=False, as_frame=False):
    """The Wisconsin diagnostic breast cancer data: 569 rows of 30 features, target 0 for
    malignant and 1 for benign."""
    data, target, target_names = _load_csv_data("breast_cancer.csv")
    feature_names = np.array(_BREAST_CANCER_FEATURES, dtype=object)
    frame = None
    if as_frame:
        import pandas as pd

        frame = pd.DataFrame(data, columns=list(_BREAST_CANCER_FEATURES))
        frame["target"] = target
        data = frame[list(_BREAST_CANCER_FEATURES)]
        target = frame["target"]
    if return_X_y:
        return data, target
    return Bunch(data=data, target=target, frame=frame, target_names=target_names,
                 feature_names=feature_names, filename="breast_cancer.csv",
                 data_module="sklearn.datasets.data")
