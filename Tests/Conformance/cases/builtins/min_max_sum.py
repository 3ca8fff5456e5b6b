# min/max with key and default, multiple args; sum with start.
print(min(3, 1, 2), max(3, 1, 2), min([4, 5]), max("hello"), min("b", "a", "c"))
print(max(["apple", "fig", "banana"], key=len), min(["apple", "fig", "banana"], key=len))
print(max([], default="empty"), min([], default=None), max([1], default=0))
print(max([1, 3, 3, 2], key=lambda v: v % 3), max([(1, "b"), (1, "a")]))
print(max([-5, 3, -7], key=abs), min({"x": 3, "y": 1}, key=lambda k: {"x": 3, "y": 1}[k]))
print(sum([1, 2, 3]), sum([1, 2], 10), sum([0.1] * 10), sum([[1], [2]], []), sum(()))
print(sum([1, 2.5]), sum(x for x in range(101)), sum([True, True, False]))
