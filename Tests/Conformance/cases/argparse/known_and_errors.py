# argparse: parse_known_args, required options, and errors (caught as SystemExit; usage goes to stderr).
import argparse
parser = argparse.ArgumentParser(prog="app")
parser.add_argument("--level", type=int, required=True)
parser.add_argument("files", nargs="*")
args, rest = parser.parse_known_args(["--level", "2", "a.py", "--unknown", "x"])
print(args, rest)
for argv in [[], ["--level", "notanint"], ["--level", "1", "--bogus"]]:
    try:
        parser.parse_args(argv)
    except SystemExit as e:
        print(argv, "-> SystemExit", e.code)
sub = argparse.ArgumentParser(prog="git")
commands = sub.add_subparsers(dest="command")
commit = commands.add_parser("commit")
commit.add_argument("-m", dest="message")
print(sub.parse_args(["commit", "-m", "first"]))
print(parser.format_usage(), end="")
