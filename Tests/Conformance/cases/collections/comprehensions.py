# List, dict and set comprehensions with conditions and nested loops.
print([x * x for x in range(6)])
print([x for x in range(20) if x % 3 == 0 if x % 2 == 0])
print([(x, y) for x in range(3) for y in range(x)])
print([[row * 3 + col for col in range(3)] for row in range(2)])
print({x: x ** 2 for x in range(5)})
print({v: k for k, v in {"a": 1, "b": 2}.items()})
print({x % 4 for x in range(10)})
print([c.upper() for c in "abc" if c != "b"])
matrix = [[1, 2, 3], [4, 5, 6]]
print([list(col) for col in zip(*matrix)])
print([y for row in matrix for y in row if y > 2])
x = "outer"
print([x for x in range(3)], x)  # comprehension variable does not leak
print([n if n > 0 else 0 for n in [-1, 2, -3]])
