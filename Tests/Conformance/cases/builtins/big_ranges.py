# range() with bounds beyond 64 bits or near them: indexing, slicing, equality, hashing, iteration.
def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


huge = range(10 ** 20)
print(huge, huge[-1], 10 ** 19 in huge, huge[10 ** 19], huge.start, huge.stop, huge.step)
print(bool(huge), bool(range(10 ** 20, 10 ** 20)), type(huge) is range, isinstance(huge, range))
attempt(lambda: len(huge))
attempt(lambda: huge[10 ** 20])
attempt(lambda: huge["x"])
print(huge[::2], huge[5:-5:3], huge[::-1], huge[-3:], list(huge[-3:]), list(reversed(huge[-3:])))
print(range(10 ** 20, 10 ** 20) == range(0), huge == range(10 ** 20), huge != huge[:],
      range(10 ** 20, 10 ** 20 + 1) == range(10 ** 20, 10 ** 20 + 1, 7))
print(hash(range(5)) == hash((5, 0, 1)), hash(range(0)) == hash(range(10 ** 20, 10 ** 20)),
      hash(huge) == hash(range(0, 10 ** 20, 1)))
print(huge.index(10 ** 19), huge.count(5), huge.count(-1), range(3).index(1.0), range(3).count(2.0),
      1.0 in range(3), 2.5 in range(3))
attempt(lambda: huge.index(-1))
attempt(lambda: range(3).index(7.5))
print(list(range(2 ** 64, 2 ** 64 + 10, 3)), list(range(-2 ** 64, -2 ** 64 - 10, -4)))
print(list(range(2 ** 63 - 2, 2 ** 63 + 2)), sum(range(2 ** 64, 2 ** 64 + 3)))
for i in range(2 ** 63, 2 ** 63 + 2):
    print(i)
# Near the 64-bit limits: lengths, slices and reversal must not overflow.
print(len(range(-2 ** 62, 2 ** 62, 2 ** 61)), range(0, 2 ** 62, 2 ** 61)[::2 ** 62])
print(list(reversed(range(-2 ** 63, -2 ** 63 + 3, 2))))
attempt(lambda: len(range(-2 ** 63, 2 ** 63 - 1)))
# Slices of small ranges keep CPython's bounds.
print(range(0, 10)[1:8:3], range(0, 10)[::-2], range(10, 0, -3)[1:], range(5)[10:])
attempt(lambda: range(10)[::0])
attempt(lambda: range(10)["a":])
attempt(lambda: range(1.5))
