# Equality and ordering across types and containers.
print(1 == "1", [1, 2] == (1, 2), [1, 2] == [1, 2], (1, [2]) == (1, [2]))
print({1: "a"} == {1: "a"}, {1, 2} == {2, 1}, {1, 2} == frozenset({1, 2}))
print("abc" < "abd", "Z" < "a", "" < "a", "apple" < "apples")
print([1, 2, 3] < [1, 2, 4], [2] > [1, 9, 9], (1, "a") < (1, "b"))
print({1, 2} < {1, 2, 3}, {1, 2} <= {1, 2}, {1, 4} < {1, 2, 3})
print(None == 0, None == None, None != False)
print(max("apple", "banana"), min([3, 1], [2, 9]))
