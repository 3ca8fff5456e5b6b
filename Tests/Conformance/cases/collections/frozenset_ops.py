# frozenset: immutable, hashable, mixes with set in operators.
f = frozenset([3, 1, 2, 3])
print(f, len(f), 2 in f)
print(f | {4}, type(f | {4}).__name__, type({4} | f).__name__)
print(f & {1, 5}, f - {1}, frozenset() == set())
d = {f: "frozen key"}
print(d[frozenset({1, 2, 3})])
print({frozenset({1}), frozenset({1})} == {frozenset([1])})
print(repr(frozenset()), f.issubset(range(5)), f.copy() == f)
