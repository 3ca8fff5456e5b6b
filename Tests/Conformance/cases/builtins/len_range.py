# len() on many types; range() with steps, negatives, indexing, slicing, membership.
print(len("abc"), len([1, 2]), len((1,)), len({"a": 1}), len({1, 2, 3}), len(range(10)), len(b"xy"))
print(list(range(5)), list(range(2, 8)), list(range(0, 10, 3)), list(range(10, 0, -2)))
print(list(range(5, 0)), list(range(-3, 3)), list(range(0, -10, -4)))
r = range(3, 30, 4)
print(r, len(r), r[0], r[-1], r[2:4], 15 in r, 16 in r, r.index(11), r.count(7))
print(range(0) == range(5, 5), range(3) == range(0, 3, 1), list(reversed(range(4))))
huge = range(10 ** 20)
print(huge[-1], 10 ** 19 in huge)
try:
    len(huge)  # len() must fit a machine-sized int
except OverflowError as e:
    print("OverflowError:", e)
