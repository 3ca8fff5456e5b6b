# raise ... from ...: __cause__, implicit __context__, and from None.
class ConfigError(Exception):
    pass
def load(text):
    try:
        return int(text)
    except ValueError as exc:
        raise ConfigError(f"bad number {text!r}") from exc
try:
    load("x1")
except ConfigError as e:
    print(e, "| cause:", type(e.__cause__).__name__, e.__cause__)
try:
    try:
        {}["k"]
    except KeyError:
        raise RuntimeError("while handling")
except RuntimeError as e:
    print(e, "| context:", repr(e.__context__), "| cause:", e.__cause__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("clean") from None
except ValueError as e:
    print(e, e.__cause__, e.__suppress_context__)
