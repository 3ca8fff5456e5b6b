#!/usr/bin/env python3
"""Regenerate the expected outputs of the Pipebook conformance corpus.

Every case is a Python program at cases/<topic>/<name>.py.  Its expected
output lives next to it at cases/<topic>/<name>.out and is produced by
running the case under CPython (python3, 3.11):

    cwd   = the case's own folder
    argv  = [<name>.py]                 (so sys.argv == ['<name>.py'])
    env   = the current environment plus PYTHONHASHSEED=0 and
            PYTHONDONTWRITEBYTECODE=1, without COLUMNS/LINES (argparse
            wraps its help text to them)
    stdin = empty
    limit = 10 seconds

Expected-output format (<name>.out), byte for byte:

    * exactly what the program wrote to stdout (UTF-8);
    * if the program ended with an uncaught exception, one more line:
          !! <ExceptionType>: <message>
      or, when the exception has no message,
          !! <ExceptionType>
      taken verbatim from the last line of CPython's traceback on stderr
      (user classes defined in the program appear unqualified, e.g.
      `!! MyError: boom`).  If stdout did not end with a newline, a newline
      is inserted before the `!!` line so it always starts a line.  The
      `!!` line itself ends with a newline.

Stderr is otherwise ignored, so cases may print to sys.stderr freely.

The script refuses, lists, and does not write an .out for any case that:
    * prints different output on two runs, the second one with
      PYTHONHASHSEED=1 (non-determinism: string hashing, addresses, time,
      unseeded randomness...);
    * runs longer than the time limit;
    * exits non-zero without a Python traceback (e.g. sys.exit(2));
    * ends with a traceback line carrying CPython's "Did you mean" hint,
      which is a display detail of the traceback printer, not the message;
    * is named like a standard-library module (it would shadow the import
      for its neighbours, since the case's folder is sys.path[0]).
It exits with status 1 if anything was refused.

Usage:
    python3 regenerate.py              # every case
    python3 regenerate.py PATH...      # only these cases or folders
    python3 regenerate.py --check      # write nothing; fail if any .out is stale
"""

import os
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

HERE = Path(__file__).resolve().parent
CASES = HERE / "cases"
TIMEOUT = 10
PYTHON = os.environ.get("PYTHON", "python3")


class Refused(Exception):
    pass


def run_once(case: Path, hash_seed: str = "0") -> str:
    env = dict(os.environ, PYTHONHASHSEED=hash_seed)
    # argparse and friends size their output to COLUMNS when it is set.
    env.pop("COLUMNS", None)
    env.pop("LINES", None)
    # Keep the corpus folders free of __pycache__ and unaffected by user
    # site customisation.
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    try:
        proc = subprocess.run(
            [PYTHON, case.name],
            cwd=case.parent,
            env=env,
            stdin=subprocess.DEVNULL,
            capture_output=True,
            timeout=TIMEOUT,
        )
    except subprocess.TimeoutExpired:
        raise Refused(f"timed out after {TIMEOUT} s")
    out = proc.stdout.decode("utf-8")
    if proc.returncode == 0:
        return out
    err = proc.stderr.decode("utf-8", "replace")
    if "Traceback (most recent call last):" not in err:
        raise Refused(f"exit status {proc.returncode} without a traceback")
    lines = [line for line in err.splitlines() if line.strip()]
    last = lines[-1]
    if ". Did you mean: " in last:
        raise Refused(f"traceback carries a suggestion hint: {last!r}")
    if out and not out.endswith("\n"):
        out += "\n"
    return out + "!! " + last + "\n"


def expected_output(case: Path) -> str:
    if case.stem in sys.stdlib_module_names:
        raise Refused(f"name shadows the standard-library module {case.stem!r}")
    first = run_once(case)
    # The check run uses another hash seed, so output that depends on the
    # order of str-keyed sets (or on anything else run-dependent) shows up.
    second = run_once(case, hash_seed="1")
    if first != second:
        raise Refused("output differs between two runs (non-deterministic)")
    return first


def collect(args):
    if not args:
        return sorted(CASES.rglob("*.py"))
    found = []
    for arg in args:
        path = Path(arg).resolve()
        found.extend(sorted(path.rglob("*.py")) if path.is_dir() else [path])
    return found


def main():
    args = sys.argv[1:]
    check = "--check" in args
    args = [a for a in args if a != "--check"]
    cases = collect(args)

    def work(case):
        try:
            return case, expected_output(case), None
        except Refused as why:
            return case, None, str(why)

    refused, stale, written = [], [], 0
    with ThreadPoolExecutor(max_workers=os.cpu_count() or 2) as pool:
        for case, output, why in pool.map(work, cases):
            name = case.relative_to(CASES)
            if why:
                refused.append(f"{name}: {why}")
                continue
            target = case.with_suffix(".out")
            old = target.read_bytes().decode("utf-8") if target.exists() else None
            if old == output:
                continue
            if check:
                stale.append(str(name))
            else:
                target.write_bytes(output.encode("utf-8"))
                written += 1

    print(f"{len(cases)} cases, {written} .out files written")
    for line in refused:
        print(f"REFUSED {line}")
    for name in stale:
        print(f"STALE   {name}")
    sys.exit(1 if refused or stale else 0)


if __name__ == "__main__":
    main()
