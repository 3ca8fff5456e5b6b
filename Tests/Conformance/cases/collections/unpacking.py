# Unpacking with starred targets and in calls/displays.
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = "abcd"
print(init, last)
a, *mid, z = range(5)
print(a, mid, z)
p, *empty, q = (1, 2)
print(p, empty, q)
(x, y), *others = [(1, 2), (3, 4), (5, 6)]
print(x, y, others)
print([*range(3), *"ab"], (*[1], 2), {*[1, 1, 2]})
print({**{"a": 1}, "b": 2})
def f(a, b, c):
    return a + b + c
args = [1, 2]
print(f(*args, 3), f(*"xyz"), f(**{"a": 1, "b": 2, "c": 3}), f(1, *[2], **{"c": 3}))
for i, (k, v) in enumerate({"k1": "v1", "k2": "v2"}.items()):
    print(i, k, v)
