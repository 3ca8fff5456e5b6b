# Exception args, str() and repr() for zero, one and several arguments.
for exc in [Exception(), Exception("one"), Exception("two", 2), ValueError(42), KeyError("key"),
            KeyError("a", "b"), IndexError(), OSError(2, "No such file")]:
    print(type(exc).__name__, exc.args, "|", str(exc), "|", repr(exc))
try:
    raise TypeError("custom message")
except TypeError as e:
    print(e.args[0], len(e.args))
e = ValueError("x")
print(isinstance(e, Exception), isinstance(e, BaseException))
