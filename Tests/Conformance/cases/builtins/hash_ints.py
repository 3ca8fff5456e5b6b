# hash() of ints, floats equal to ints, bools, tuples of ints, and the hash(-1) == -2 rule.
print(hash(0), hash(1), hash(42), hash(-1), hash(-2), hash(True), hash(False))
print(hash(1.0) == hash(1), hash(2.5), hash(-0.0), hash(10 ** 6))
print(hash(2 ** 61 - 1), hash(2 ** 61), hash(2 ** 64), hash(-(2 ** 61)))
print(hash((1, 2)) == hash((1, 2)), hash(()) == hash(()))
print(hash(None) == hash(None), hash(frozenset({1, 2})) == hash(frozenset({2, 1})))
