# repr() and format() builtins on various values.
print(repr(1), repr("s"), repr([1, "s"]), repr((1,)), repr({"a": [1]}), repr(None), repr(1.0))
print(format(3.14159, ".2f"), format(42, "08b"), format("x", "^5"), format(1234567, ","))
print(format(0.5, "%"), format(255, "#X"), format(12), format("plain"), format(-1.5, "+.1f"))
print(format(1e100), format(123, "e"), format(7, "c") if False else format(65, "c"))
print(repr(repr("x")), str(repr("y")), repr(str(1)))
