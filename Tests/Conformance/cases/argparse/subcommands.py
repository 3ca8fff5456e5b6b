# argparse: subparsers (dest, aliases, set_defaults, help listing) and parent parsers.
import argparse
import io
import sys

common = argparse.ArgumentParser(add_help=False)
common.add_argument("--region", default="us-east-1")

parser = argparse.ArgumentParser(prog="pipeline", description="Manage pipelines.")
parser.add_argument("--profile")
commands = parser.add_subparsers(dest="command", title="commands", help="what to do")
start = commands.add_parser("start", help="start an execution", aliases=["run"], parents=[common])
start.add_argument("name")
start.add_argument("--param", action="append", default=[])
start.set_defaults(handler="start_handler")
status = commands.add_parser("status", help="show executions")
status.add_argument("--all", action="store_true")
commands.add_parser("version")

print(parser.parse_args([]))
print(parser.parse_args(["start", "abalone", "--param", "a=1", "--param", "b=2"]))
print(parser.parse_args(["--profile", "dev", "run", "p", "--region", "eu-west-1"]))
print(parser.parse_args(["status", "--all"]))
print(parser.parse_known_args(["status", "--since", "1d"]))
print(start.prog, status.prog)

saved = sys.stderr
for argv in [["stop"], ["start"], ["version", "extra"]]:
    sys.stderr = io.StringIO()
    try:
        parser.parse_args(argv)
    except SystemExit as e:
        print(argv, e.code, sys.stderr.getvalue().splitlines())
    finally:
        sys.stderr = saved

parser.print_help()
start.print_help()
