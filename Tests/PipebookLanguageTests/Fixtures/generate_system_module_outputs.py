#!/usr/bin/env python3
"""Write the expected outputs of the system-module tests (SystemModuleTests.swift).

Each case is SystemModules/<module>/<name>.py. It runs under CPython 3.11 in a new,
empty temporary directory (its working directory), with argv = [<name>.py], and its
expected output goes to SystemModules/<module>/<name>.out in the conformance corpus's
format: stdout, then `!! Type: message` if it ended with an uncaught exception.

Cases must not print anything that differs between runs (absolute temporary paths,
times, directory listing order): the script runs every case twice and refuses those
whose outputs differ.

Usage: python3 generate_system_module_outputs.py [CASE.py ...]
"""

import os
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent / "SystemModules"


def run(case: Path) -> str:
    with tempfile.TemporaryDirectory() as work:
        env = dict(os.environ, PYTHONHASHSEED="0", PYTHONDONTWRITEBYTECODE="1")
        proc = subprocess.run([sys.executable, str(case)], cwd=work, env=env, stdin=subprocess.DEVNULL,
                              capture_output=True, text=True, timeout=20)
    out = proc.stdout
    if proc.returncode != 0:
        last = proc.stderr.rstrip("\n").split("\n")[-1]
        if out and not out.endswith("\n"):
            out += "\n"
        out += "!! " + last + "\n"
    return out


def main() -> int:
    cases = [Path(p).resolve() for p in sys.argv[1:]] or sorted(HERE.glob("*/*.py"))
    refused = 0
    for case in cases:
        first, second = run(case), run(case)
        if first != second:
            print("REFUSED (output differs between runs):", case.relative_to(HERE))
            refused += 1
            continue
        case.with_suffix(".out").write_text(first)
    print(f"{len(cases) - refused} outputs written, {refused} refused")
    return 1 if refused else 0


if __name__ == "__main__":
    sys.exit(main())
