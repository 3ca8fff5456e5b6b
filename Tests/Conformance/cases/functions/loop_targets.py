# for loops and comprehensions assign plain names and pairs without the general store; each case must stay Python's.
items = [10, 20, 30]
for x in items:
    if x == 10:
        items.append(40)
    print("saw", x)
print(items)

shrinking = [1, 2, 3, 4]
for x in shrinking:
    shrinking.remove(x)
print(shrinking, x)

for x in []:
    print("never")
else:
    print("else ran, x still", x)


class Loud(list):
    def __iter__(self):
        print("custom iter")
        return iter([7, 8])


for x in Loud([1, 2, 3]):
    print("sub", x)

for i, v in enumerate("abc"):
    print(i, v)
for i, v in enumerate(["x", "y"], 5):
    print(i, v)
for i, v in enumerate(["x", "y", "z"], 9223372036854775806):
    print(i, v)
d = {"a": 1, "b": 2}
for k, v in d.items():
    print(k, v)
for k, v in [(1, 2), [3, 4], "ab"]:
    print(k, v)
try:
    for k, v in [(1, 2, 3)]:
        pass
except ValueError as e:
    print(e)
try:
    for k, v in [5]:
        pass
except TypeError as e:
    print(e)
try:
    for k, v in d.items():
        d["c"] = 3
except RuntimeError as e:
    print(e)
print([(i, s) for i, s in enumerate("hey")], {k: v * 2 for k, v in {"p": 1, "q": 2}.items()})
print({i: s for i, s in enumerate([5, 6]) if s > 5}, [a + b for a, b in zip([1, 2], [3, 4])])
try:
    print([a for a, b in [(1, 2), (3,)]])
except ValueError as e:
    print(e)
e = enumerate([4, 5])
print(next(e), list(e), type(e).__name__)


def local_loop():
    total = 0
    for n in [1, 2, 3]:
        total += n
    for a, b in enumerate([4, 5]):
        total += a * b
    return total, n, a, b


print(local_loop())
pairs = {}
for pairs["k"], pairs["v"] in [(1, 2)]:
    pass
print(pairs)
print([n * n for n in range(5) if n % 2], [n for n in range(10, 0, -3)], [w.upper() for w in ["a", "b"] if w != "b"])
grow = [1, 2]
print([grow.append(x + 10) or x for x in grow if len(grow) < 6], grow)
print({x % 3 for x in range(10)}, {c: ord(c) for c in ["a", "b"]}, [x for x in Loud([0]) if x > 7])
print([y for y in range(12) if y % 2 if y % 3], [z for z in []], [v for v in (1, 2)])
print(sorted({k: v for k, v in zip("ab", "cd")}.items()))
