# list indexing, assignment, deletion, nesting, aliasing and equality.
xs = [10, 20, 30, 40]
xs[0] = 11
xs[-1] += 1
print(xs, xs[-2], len(xs))
del xs[1]
print(xs)
grid = [[0] * 3 for _ in range(2)]
grid[0][1] = 5
print(grid)
shared = [[0] * 2] * 2
shared[0][0] = 9  # both rows are the same object
print(shared)
print([1, [2, [3]]] == [1, [2, [3]]], [1, 2] != [2, 1])
print(list("abc"), list(range(3)), list({1: 2}), list((5,)))
print(max([3, 7, 2]), min([3, 7, 2]), sum([1, 2, 3]))
print(repr([None, True, 1.0, "s", ("t",)]))
