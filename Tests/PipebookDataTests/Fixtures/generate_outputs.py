"""Regenerates the expected outputs of the data-science fixture programs with the real
libraries. Run it with the Python of a virtual environment that has them:

    python3 -m venv ~/.venv-data
    ~/.venv-data/bin/pip install numpy==1.26.4 pandas==2.2.3 scikit-learn==1.5.2 scipy==1.17.1
    ~/.venv-data/bin/python Tests/PipebookDataTests/Fixtures/generate_outputs.py

Each FOLDER/NAME.py is run in a fresh temporary folder (with the fixture's data/ folder
copied in) and its standard output, plus `!! Type: message` for an uncaught exception,
is written to FOLDER/NAME.out."""

import os
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))


def run(path):
    with tempfile.TemporaryDirectory() as work:
        data = os.path.join(HERE, "data")
        if os.path.isdir(data):
            shutil.copytree(data, os.path.join(work, "data"))
        proc = subprocess.run([sys.executable, path], cwd=work, capture_output=True, text=True)
        out = proc.stdout
        if proc.returncode != 0:
            last = proc.stderr.strip().splitlines()[-1]
            if out and not out.endswith("\n"):
                out += "\n"
            out += "!! " + last + "\n"
        return out


def main():
    for folder in sorted(os.listdir(HERE)):
        full = os.path.join(HERE, folder)
        if not os.path.isdir(full) or folder == "data":
            continue
        for name in sorted(os.listdir(full)):
            if name.endswith(".py"):
                out = run(os.path.join(full, name))
                with open(os.path.join(full, name[:-3] + ".out"), "w") as f:
                    f.write(out)
                print(folder + "/" + name)


if __name__ == "__main__":
    main()
