# map and filter: laziness, multiple iterables, None as the filter function.
print(list(map(str, [1, 2, 3])), list(map(pow, [2, 3], [5, 2])), list(map(len, ["a", "bb"])))
print(list(map(lambda a, b: a + b, [1, 2, 3], [10, 20])))
print(list(filter(None, [0, 1, "", "x", None, [], [0]])))
print(list(filter(str.isupper, "aBcDE")))
m = map(int, ["1", "2", "3"])
print(next(m), list(m), list(m))
print(type(m).__name__, type(filter(None, [])).__name__)
print(sum(map(int, "12345")))
