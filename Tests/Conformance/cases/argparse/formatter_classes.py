# argparse: the help formatter classes, a narrow width, and long usage lines that wrap.
import argparse

raw = argparse.ArgumentParser(prog="raw", formatter_class=argparse.RawDescriptionHelpFormatter,
                              description="Steps:\n  1. process\n  2. train\n\nThen evaluate.")
raw.add_argument("--step", help="which   step\n  to run")
raw.print_help()

text = argparse.ArgumentParser(prog="text", formatter_class=argparse.RawTextHelpFormatter)
text.add_argument("--mode", help="fast: few rounds\nslow: many rounds")
text.print_help()

defaults = argparse.ArgumentParser(prog="defaults",
                                   formatter_class=argparse.ArgumentDefaultsHelpFormatter)
defaults.add_argument("--lr", type=float, default=0.1, help="learning rate")
defaults.add_argument("--epochs", type=int, default=10)
defaults.add_argument("files", nargs="*", default=["train.csv"], help="inputs")
defaults.add_argument("--dry-run", action="store_true", help="do nothing")
defaults.print_help()

typed = argparse.ArgumentParser(prog="typed", formatter_class=argparse.MetavarTypeHelpFormatter)
typed.add_argument("--lr", type=float)
typed.add_argument("count", type=int)
typed.print_help()

narrow = argparse.ArgumentParser(
    prog="narrow",
    formatter_class=lambda prog: argparse.HelpFormatter(prog, max_help_position=30, width=50))
narrow.add_argument("--option", help="a help text long enough to need several lines here")
narrow.print_help()

wide = argparse.ArgumentParser(prog="preprocess")
for name in ["input-data", "output-train", "output-validation", "output-test", "train-ratio"]:
    wide.add_argument("--" + name)
wide.add_argument("source")
wide.add_argument("extra", nargs="+")
required = wide.add_mutually_exclusive_group(required=True)
required.add_argument("--csv", action="store_true")
required.add_argument("--parquet", action="store_true")
wide.print_usage()

long_prog = argparse.ArgumentParser(prog="a-program-name-so-long-that-it-gets-a-line-to-itself-x")
for name in ["alpha", "beta", "gamma", "delta"]:
    long_prog.add_argument("--" + name)
long_prog.add_argument("target")
long_prog.print_usage()
