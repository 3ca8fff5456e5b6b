# Misc builtins: isinstance tuples, id-free identity checks, slice(), object(), issubclass, bool ops.
s = slice(1, None, 2)
print(s, [0, 1, 2, 3, 4][s], s.start, s.stop, s.step)
o = object()
print(type(o).__name__, o == o, o != object())
print(list(map(abs, [-1, 2, -3])), list(zip(*[(1, "a"), (2, "b")])))
print(divmod(7, 2)[0], pow(5, 2), abs(-2.5), max(range(5)), min("bca"))
print(sorted(map(str.strip, [" b ", "a "])), list(filter(bool, [0, 2, 0, 3])))
print(int.__name__, str.upper("x"), list.__name__)
