"""Writes the expected outputs (NAME.out) of the xgboost programs here with the real libraries
(xgboost 3.2.0, numpy 1.26.4, pandas 2.2.3, scikit-learn 1.5.2 in a virtual environment):

    ~/.venv-data/bin/pip install xgboost==3.2.0
    ~/.venv-data/bin/python Tests/PipebookBridgeTests/XGBoost/generate.py

data/ holds the engine's fixtures (Tests/PipebookEngineTests/Fixtures/xgboost). data/model.tar.gz
is a model.tar.gz as Pipebook's TrainingStep writes it: `xgboost-model` in XGBoost's JSON format.
The real container's xgboost-model for the tutorials' `pickle.load` is a pickled Booster, so for
the real libraries evaluation.py runs against a tar of the same model pickled by xgboost.

data/cpython/ holds models as CPython's xgboost writes them, for cpython_models.py: pickled and
joblib-dumped Boosters and scikit-learn wrappers (their Booster's state is XGBoost's UBJSON) and
a .ubj model file."""
import os
import pickle
import shutil
import subprocess
import sys
import tarfile
import tempfile

import joblib
import pandas as pd
import xgboost

HERE = os.path.dirname(os.path.abspath(__file__))
MODEL = os.path.join(HERE, "data", "xgboost-model-regression.json")

with tarfile.open(os.path.join(HERE, "data", "model.tar.gz"), "w:gz") as tar:
    tar.add(MODEL, arcname="xgboost-model")



def training_data(kind, part="train"):
    train = pd.read_csv(os.path.join(HERE, "data", "%s-%s.csv" % (part, kind)), header=None)
    return train.drop(train.columns[0], axis=1).values, train.iloc[:, 0].to_numpy()


def write_cpython_models():
    folder = os.path.join(HERE, "data", "cpython")
    os.makedirs(folder, exist_ok=True)
    booster = xgboost.Booster(model_file=MODEL)
    with open(os.path.join(folder, "booster.pkl"), "wb") as f:
        pickle.dump(booster, f)
    with open(os.path.join(folder, "booster-protocol5.pkl"), "wb") as f:
        pickle.dump(booster, f, protocol=5)
    xgboost.Booster(model_file=os.path.join(HERE, "data", "xgboost-model-binary.json")).save_model(
        os.path.join(folder, "xgboost-model-binary.ubj"))
    # Early stopping: xgboost predicts with the rounds up to the best iteration.
    regressor = xgboost.XGBRegressor(n_estimators=40, max_depth=3, learning_rate=0.3, early_stopping_rounds=2).fit(
        *training_data("regression"), eval_set=[training_data("regression", "test")], verbose=False)
    joblib.dump(regressor, os.path.join(folder, "regressor.joblib"))
    classifier = xgboost.XGBClassifier(n_estimators=5, max_depth=3).fit(*training_data("multiclass"))
    with open(os.path.join(folder, "classifier.pkl"), "wb") as f:
        pickle.dump(classifier, f)
    binary = xgboost.XGBClassifier(n_estimators=5, max_depth=2).fit(*training_data("binary"))
    joblib.dump(binary, os.path.join(folder, "binary-classifier.joblib"), compress=3)


write_cpython_models()
for name in sorted(os.listdir(HERE)):
    if not name.endswith(".py") or name == "generate.py":
        continue
    with tempfile.TemporaryDirectory() as work:
        shutil.copytree(os.path.join(HERE, "data"), os.path.join(work, "data"))
        if name == "evaluation.py":
            with open(os.path.join(work, "xgboost-model.pkl"), "wb") as f:
                pickle.dump(xgboost.Booster(model_file=MODEL), f)
            with tarfile.open(os.path.join(work, "data", "model.tar.gz"), "w:gz") as tar:
                tar.add(os.path.join(work, "xgboost-model.pkl"), arcname="xgboost-model")
        proc = subprocess.run([sys.executable, os.path.join(HERE, name)], cwd=work, capture_output=True, text=True)
        out = proc.stdout
        if proc.returncode != 0:
            out += "!! " + proc.stderr.strip().splitlines()[-1] + "\n"
    with open(os.path.join(HERE, name[:-3] + ".out"), "w") as f:
        f.write(out)
    print(name)
