# itertools.pairwise, tee, compress, islice on generators, and product of ranges for grids.
from itertools import compress, islice, pairwise, product, tee
print(list(pairwise([1, 4, 9, 16])), list(pairwise("a")))
a, b = tee(iter(range(4)))
print(list(a), list(b))
print(list(compress("abcdef", [1, 0, 1, 0, 1, 1])))
def naturals():
    n = 0
    while True:
        yield n
        n += 1
print(list(islice((n * n for n in naturals() if n % 3 == 0), 5)))
print([(r, c) for r, c in product(range(2), range(3)) if r != c])
diffs = [y - x for x, y in pairwise([3, 8, 10, 17])]
print(diffs, sum(diffs))
