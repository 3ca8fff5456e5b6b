# argparse: positional, optional with type=int and default, store_true, parsed from explicit lists.
import argparse
parser = argparse.ArgumentParser(prog="tool", description="Demo tool.")
parser.add_argument("source")
parser.add_argument("dest", nargs="?", default="out.txt")
parser.add_argument("-n", "--count", type=int, default=1)
parser.add_argument("-v", "--verbose", action="store_true")
parser.add_argument("--tag", action="append", default=[])
parser.add_argument("--mode", choices=["fast", "slow"], default="fast")
print(parser.parse_args(["in.txt"]))
args = parser.parse_args(["in.txt", "x.txt", "--count", "5", "-v", "--tag", "a", "--tag=b", "--mode", "slow"])
print(args.source, args.dest, args.count, args.verbose, args.tag, args.mode)
print(vars(parser.parse_args(["-n3", "src"])))
print(parser.parse_args(["--", "-weird-name"]).source)
