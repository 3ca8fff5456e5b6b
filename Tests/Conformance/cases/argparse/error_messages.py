# argparse: what a bad command line prints on stderr (usage, then "prog: error: ...") and exit 2.
import argparse
import io
import sys

parser = argparse.ArgumentParser(prog="evaluate")
parser.add_argument("model")
parser.add_argument("--threshold", type=float, default=0.5)
parser.add_argument("--metric", choices=["mse", "mae"], default="mse")
parser.add_argument("--pair", nargs=2)
parser.add_argument("--verbose", action="store_true")
parser.add_argument("--version-tag")
exclusive = parser.add_mutually_exclusive_group()
exclusive.add_argument("--json", action="store_true")
exclusive.add_argument("--text", action="store_true")

for argv in [[], ["m", "--threshold", "high"], ["m", "--metric", "rmse"], ["m", "--pair", "a"],
             ["m", "--threshold"], ["m", "--verbose=yes"], ["m", "--ver"], ["m", "--json", "--text"],
             ["m", "extra"], ["m", "--nope"], ["--threshold=0.1", "m", "-q"]]:
    saved = sys.stderr
    sys.stderr = io.StringIO()
    try:
        print(parser.parse_args(argv))
    except SystemExit as e:
        print(argv, "exit", e.code)
        print(sys.stderr.getvalue(), end="")
    finally:
        sys.stderr = saved

strict = argparse.ArgumentParser(prog="strict", exit_on_error=False)
strict.add_argument("--count", type=int)
try:
    strict.parse_args(["--count", "many"])
except argparse.ArgumentError as e:
    print("ArgumentError:", e)
    print(e.argument_name, "|", e.message)
