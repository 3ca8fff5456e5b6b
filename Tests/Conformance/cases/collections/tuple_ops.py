# Tuples: packing, indexing, count/index, concatenation, comparison, single-element syntax.
t = 1, 2, 3
print(t, type(t).__name__, len(t))
print((1,), (), tuple(), tuple("ab"), tuple([1, 2]))
print(t[0], t[-1], t[1:], t[::-1])
print(t + (4,), t * 2, (0,) * 0)
print((1, 2, 2, 3).count(2), (1, 2, 3).index(3))
print((1, 2) < (1, 3), (2,) > (1, 99), (1, 2) == (1, 2))
nested = ((1, 2), [3, 4])
nested[1].append(5)
print(nested)
print(repr((1,)), str(("a", 1)))
a, b, c = t
print(a + b + c)
