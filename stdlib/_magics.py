"""The IPython magics Pipebook runs, reached from cells through IPythonSyntax's translation.

Each function prints what IPython prints and returns what IPython's magic returns, so a cell
ending in `%pwd` shows the folder as its result.
"""

import os
import time

__all__ = ["writefile", "system", "pwd", "cd", "env", "time_start", "time_end"]


def writefile(path, text, append):
    """%%writefile [-a] PATH"""
    path = os.path.expanduser(path)
    if os.path.exists(path):
        print("Appending to %s" % path if append else "Overwriting %s" % path)
    else:
        print("Writing %s" % path)
    with open(path, "a" if append else "w") as f:
        f.write(text)


def system(command):
    """!command: its output becomes the cell's output; `_exit_code` holds its exit status."""
    import _shell
    import __main__
    __main__._exit_code = _shell.run(command)


def pwd():
    """%pwd"""
    return os.getcwd()


def cd(path):
    """%cd [DIR]: changes the working folder and prints the new one."""
    path = os.path.expanduser(path.strip() or "~")
    if (path.startswith("'") and path.endswith("'")) or (path.startswith('"') and path.endswith('"')):
        path = path[1:-1]
    os.chdir(path)
    print(os.getcwd())


def env(argument):
    """%env: all variables; %env NAME: one; %env NAME=VALUE or %env NAME VALUE: sets one."""
    argument = argument.strip()
    if not argument:
        return dict(os.environ)
    if "=" in argument or " " in argument:
        sep = "=" if "=" in argument else " "
        name, value = argument.split(sep, 1)
        name, value = name.strip(), value.strip()
        os.environ[name] = value
        print("env: %s=%s" % (name, value))
        return None
    return os.environ[argument]


def time_start():
    return time.perf_counter()


def time_end(started, value=None):
    """%time STATEMENT: prints the wall time, as IPython's `Wall time: 1.23 ms`."""
    print("Wall time: %s" % _format_time(time.perf_counter() - started))
    return value


def _format_time(timespan, precision=3):
    # IPython's _format_time, to the character.
    if timespan >= 60.0:
        parts = [("d", 60 * 60 * 24), ("h", 60 * 60), ("min", 60), ("s", 1)]
        pieces = []
        leftover = timespan
        for suffix, length in parts:
            value = int(leftover / length)
            if value > 0:
                leftover = leftover % length
                pieces.append("{}{}".format(str(value), suffix))
            if leftover < 1:
                break
        return " ".join(pieces)
    units = ["s", "ms", "\u03bcs", "ns"]
    scaling = [1, 1e3, 1e6, 1e9]
    if timespan > 0.0:
        import math
        order = min(-int(math.floor(math.log10(timespan)) // 3), 3)
    else:
        order = 3
    return "%.*g %s" % (precision, timespan * scaling[order], units[order])
