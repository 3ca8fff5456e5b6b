# type(), isinstance, callable, and type names of builtin values.
values = [1, 1.0, "s", b"b", [1], (1,), {1: 1}, {1}, frozenset(), None, True, range(1), len, print, type]
for v in values:
    print(type(v).__name__, callable(v))
print(type(type(1)).__name__, type(1) is int, type(True) is bool, type(True) is int)
print(isinstance(print, object), callable(lambda: 0), callable(int), callable("str"))
