# argparse: type= conversions (builtins, functions, ArgumentTypeError), string defaults, choices.
import argparse
import io
import sys


def positive_int(text):
    value = int(text)
    if value <= 0:
        raise argparse.ArgumentTypeError("%r is not a positive integer" % text)
    return value


parser = argparse.ArgumentParser(prog="job")
parser.add_argument("--instances", type=positive_int, default=1)
parser.add_argument("--ratio", type=float, default="0.8")
parser.add_argument("--size", type=int, choices=[1, 2, 4, 8], default=2)
parser.add_argument("--region", choices=("us-east-1", "eu-west-1"))
parser.add_argument("--tags", type=lambda s: s.split(","), default=[])
parser.add_argument("--upper", type=str.upper)
print(parser.parse_args([]))
print(parser.parse_args(["--instances", "3", "--ratio", "0.25", "--size", "8"]))
print(parser.parse_args(["--tags", "a,b,c", "--upper", "train", "--region", "eu-west-1"]))

for argv in [["--instances", "0"], ["--instances", "x"], ["--size", "3"], ["--ratio", "1/2"],
             ["--region", "ap-south-1"], ["--tags"]]:
    saved = sys.stderr
    sys.stderr = io.StringIO()
    try:
        parser.parse_args(argv)
    except SystemExit as e:
        print(e.code, sys.stderr.getvalue().splitlines()[-1])
    finally:
        sys.stderr = saved

print(parser.get_default("ratio"), parser.get_default("missing"))
parser.set_defaults(ratio="0.5", stage="train")
print(parser.parse_args([]))
