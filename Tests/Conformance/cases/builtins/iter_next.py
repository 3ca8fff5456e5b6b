# iter() and next() with defaults; iter(callable, sentinel).
it = iter([1, 2])
print(next(it), next(it), next(it, "default"), next(it, None))
s = iter("ab")
print(list(s), list(s))
d = iter({"x": 1, "y": 2})
print(next(d), next(d))
values = [3, 2, 1, 0, 5]
pop = iter(values.pop, 1)  # pop until it returns 1
print(list(pop), values)
it2 = iter(range(3))
print(iter(it2) is it2, type(it2).__name__)
try:
    next(iter([]))
except StopIteration as e:
    print("StopIteration", repr(e))
