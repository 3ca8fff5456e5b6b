# itertools.groupby (consecutive runs only), accumulate, chain, zip_longest, starmap, takewhile/dropwhile.
import operator
from itertools import accumulate, chain, dropwhile, filterfalse, groupby, starmap, takewhile, zip_longest
print([(k, list(g)) for k, g in groupby("aaabccaa")])
words = ["apple", "avocado", "banana", "cherry", "cranberry"]
print({k: list(g) for k, g in groupby(words, key=lambda w: w[0])})
print([(k, len(list(g))) for k, g in groupby(sorted([3, 1, 3, 2, 1, 3]))])
print(list(accumulate([1, 2, 3, 4])), list(accumulate([1, 2, 3, 4], operator.mul)), list(accumulate([3, 1, 4], max, initial=0)))
print(list(chain([1, 2], "ab", (3,))), list(chain.from_iterable([[1], [2, 3], []])))
print(list(zip_longest("abc", [1])), list(zip_longest([1, 2], [3], fillvalue="-")))
print(list(starmap(pow, [(2, 3), (10, 2)])), list(takewhile(lambda x: x < 3, [1, 2, 5, 1])))
print(list(dropwhile(lambda x: x < 3, [1, 2, 5, 1])), list(filterfalse(lambda x: x % 2, range(6))))
