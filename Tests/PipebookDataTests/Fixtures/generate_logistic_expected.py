"""Writes data/logistic_expected.json: scikit-learn's own fits of the cases in
sklearn/logistic_regression.py, which that fixture compares Pipebook's against at 1e-9 relative.
Run it with the Python of the reference environment (see generate_outputs.py; scipy's version
matters, since Pipebook reproduces its L-BFGS-B), then regenerate the fixture's .out:

    ~/.venv-data/bin/python Tests/PipebookDataTests/Fixtures/generate_logistic_expected.py
    ~/.venv-data/bin/python Tests/PipebookDataTests/Fixtures/generate_outputs.py"""

import json
import os
import runpy
import warnings

HERE = os.path.dirname(os.path.abspath(__file__))


def main():
    os.chdir(HERE)  # the fixture reads data/ from the current folder
    fixture = runpy.run_path(os.path.join(HERE, "sklearn", "logistic_regression.py"), run_name="generator")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # ConvergenceWarning and multi_class's FutureWarning
        results = fixture["fits"]()
    with open(os.path.join(HERE, "data", "logistic_expected.json"), "w") as f:
        json.dump(results, f, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
