# itertools.product, permutations, combinations, combinations_with_replacement.
from itertools import combinations, combinations_with_replacement, permutations, product
print(list(product("ab", [1, 2])))
print(list(product([0, 1], repeat=3)))
print(list(permutations("abc")), len(list(permutations(range(5), 3))))
print(list(permutations([1, 2, 3], 2)))
print(list(combinations("abcd", 2)), list(combinations(range(4), 3)))
print(list(combinations_with_replacement("ab", 2)), list(combinations([], 0)), list(combinations("ab", 3)))
