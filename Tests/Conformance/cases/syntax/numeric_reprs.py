# repr/str of numbers: ints, floats, special floats, complex-free.
print(repr(10), repr(-7), repr(0))
print(repr(0.1), repr(2.0), repr(-0.0), repr(1e100), repr(1.5e-10))
print(float("inf"), float("-inf"), float("nan"))
print(repr(float("inf")), str(float("nan")))
print(100000000000000000.0, 1e17 == 10 ** 17)
print(9007199254740993.0)
print(0.30000000000000004, 2.675, 1.1 * 3)
print(str(True), repr(None), repr(False))
