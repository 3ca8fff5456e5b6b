# The builtin exception hierarchy: catching by base class.
cases = [
    ("KeyError", lambda: {}["k"], LookupError),
    ("IndexError", lambda: [][0], LookupError),
    ("ZeroDivisionError", lambda: 1 / 0, ArithmeticError),
    ("OverflowError", lambda: 2.0 ** 5000, ArithmeticError),
    ("FileNotFoundError", lambda: open("/nonexistent/file"), OSError),
    ("ValueError", lambda: int("z"), Exception),
]
for name, action, base in cases:
    try:
        action()
    except base as e:
        print(name, "caught by", base.__name__, "->", type(e).__name__)
print(issubclass(UnboundLocalError, NameError), issubclass(RecursionError, RuntimeError))
print(issubclass(KeyboardInterrupt, Exception), issubclass(KeyboardInterrupt, BaseException))
print(issubclass(StopIteration, Exception), issubclass(NotImplementedError, RuntimeError))
print(issubclass(ModuleNotFoundError, ImportError), issubclass(UnicodeDecodeError, ValueError))
print([c.__name__ for c in ZeroDivisionError.__mro__])
