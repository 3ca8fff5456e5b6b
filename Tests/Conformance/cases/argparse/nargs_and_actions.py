# argparse: nargs ('?', '*', '+', N, REMAINDER), the store/append/count/const actions, '--' and -xyz.
import argparse

parser = argparse.ArgumentParser(prog="nargs")
parser.add_argument("-a", action="store_true")
parser.add_argument("-b", action="store_false")
parser.add_argument("-n", type=int)
parser.add_argument("-v", action="count")
parser.add_argument("--opt", nargs="?", const="given", default="absent")
parser.add_argument("--many", nargs="*")
parser.add_argument("--some", nargs="+", type=int)
parser.add_argument("--xy", nargs=2, type=float)
parser.add_argument("--add", action="append")
parser.add_argument("--more", action="extend", nargs="+")
parser.add_argument("--const", action="store_const", const=[1, 2])
parser.add_argument("--mark", action="append_const", const="m", dest="marks")
parser.add_argument("inputs", nargs="*")
cases = [[], ["-ab"], ["-avvn7"], ["-n", "-3", "-v", "-v"], ["--opt"], ["--opt", "x", "in"],
         ["--many", "--some", "1", "2"], ["--xy", "1", "2.5", "f"], ["--add", "a", "--add", "b"],
         ["--more", "a", "b", "--more", "c"], ["--const", "--mark", "--mark"], ["a", "-a", "b"],
         ["--", "-a", "--opt"], ["-a", "--", "--", "x"], ["--add=k=v"], ["--mo", "q"]]
for argv in cases:
    print(argv, parser.parse_known_args(argv))

positional = argparse.ArgumentParser(prog="pos")
positional.add_argument("first", nargs=2)
positional.add_argument("middle", nargs="+")
positional.add_argument("last")
positional.add_argument("maybe", nargs="?", default="none")
print(positional.parse_args(["1", "2", "3", "4"]))
print(positional.parse_args(["1", "2", "3", "4", "5", "6"]))

runner = argparse.ArgumentParser(prog="runner")
runner.add_argument("--retries", type=int, default=0)
runner.add_argument("command", nargs=argparse.REMAINDER)
print(runner.parse_args(["--retries", "2", "python", "train.py", "--epochs", "3"]))

known = argparse.ArgumentParser(prog="known")
known.add_argument("--lr", type=float)
print(known.parse_known_args(["--lr", "0.1", "--epochs", "3", "data", "-x"]))
