# argparse: -h/--help output: usage, description, sections, wrapped help, metavars, epilog.
import argparse
parser = argparse.ArgumentParser(
    prog="train",
    description="Train a gradient-boosted model on the abalone data set and write the "
                "model artifacts to the output folder.",
    epilog="Hyperparameters arrive as command-line options in a training job.")
parser.add_argument("train", help="folder with the training CSV files")
parser.add_argument("validation", nargs="?", help="folder with the validation files")
parser.add_argument("--max-depth", type=int, default=5, help="tree depth (default: %(default)s)")
parser.add_argument("--eta", type=float, default=0.2, help="learning rate, a %(type)s")
parser.add_argument("-o", "--output-dir", metavar="DIR", default="/opt/ml/model")
parser.add_argument("--objective", choices=["reg:squarederror", "reg:absoluteerror"],
                    help="one of %(choices)s")
parser.add_argument("-v", "--verbose", action="count", default=0)
parser.add_argument("--features", nargs="+", help="feature columns to keep")
parser.add_argument("--drop", nargs="*", metavar="COLUMN")
parser.add_argument("--split", nargs=2, metavar=("TRAIN", "TEST"), type=float)
parser.add_argument("--early-stopping", action=argparse.BooleanOptionalAction, default=True)
parser.add_argument("--debug-token", help=argparse.SUPPRESS)
parser.add_argument("--a-rather-long-option-name", help="help that starts on the next line "
                    "because the option is wider than the help column, and wraps after that")
group = parser.add_argument_group("tuning", "Options for the tuning job.")
group.add_argument("--rounds", type=int, required=True, help="boosting rounds")
exclusive = parser.add_mutually_exclusive_group()
exclusive.add_argument("--gpu", action="store_true", help="train on a GPU")
exclusive.add_argument("--cpu", action="store_true", help="train on CPUs")
parser.add_argument("--version", action="version", version="%(prog)s 1.4")
try:
    parser.parse_args(["--help"])
except SystemExit as e:
    print("exit", e.code)
print(parser.format_usage(), end="")
try:
    parser.parse_args(["--version"])
except SystemExit as e:
    print("exit", e.code)
