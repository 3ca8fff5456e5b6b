# Dict lookups by int and str keys, `in`, subscripts and enumerate's counter: the cases a
# fast path for exact dicts and machine ints must still answer as the general path does.
import sys

# Equal keys of other kinds: 1, 1.0 and True are one key.
d = {1: "int", "a": "str"}
print(d[1.0], d[True], 1.0 in d, True in d, d.get(True), d.get(1.5, "none"))
d[True] = "bool"
print(d)
e = {True: "t", 2.0: "two"}
print(e[1], e[2], 2 in e, e.get(2), 0 in e)
e[2] = "int two"
print(e)

# Big ints are equal to the floats they round to only when exact.
big = 2 ** 70
f = {big: "big", float(2 ** 53): "float"}
print(f[2 ** 53], big in f, (big + 1) in f)

# Text keys: equal text found through a different object, canonically equivalent text kept apart.
keys = {"k" + str(i): i for i in range(50)}
print(keys["k" + "7"], "k49" in keys, "k50" in keys, "k50" not in keys)
composed, decomposed = "\u00e9", "e\u0301"
g = {composed: 1}
print(decomposed in g, g.get(decomposed), composed in g)
long_key = "x" * 40 + "y"
g["x" * 40 + "y"] = 2
print(g[long_key], len(g))

# A missing key raises KeyError with the key, unhashable keys raise TypeError.
for probe in ["missing", 3, (1, 2)]:
    try:
        print(keys[probe])
    except KeyError as error:
        print("KeyError", repr(error))
for probe in [[1], {}]:
    for action in ["get", "in", "set"]:
        try:
            if action == "get":
                keys[probe]
            elif action == "in":
                print(probe in keys)
            else:
                keys[probe] = 1
        except TypeError as error:
            print(action, "TypeError", error)


# Keys with their own __eq__ and __hash__ are asked once per lookup, as CPython asks them.
class Key:
    def __init__(self, n):
        self.n = n

    def __hash__(self):
        print("hash", self.n)
        return self.n

    def __eq__(self, other):
        print("eq", self.n, other.n if isinstance(other, Key) else other)
        return isinstance(other, Key) and other.n == self.n or other == self.n


h = {Key(1): "one", 5: "five"}
print(h[Key(1)])
print(Key(5) in h)
print(h[Key(5)])
try:
    h[Key(9)]
except KeyError as error:
    print("KeyError", type(error.args[0]).__name__)
h[Key(5)] = "five again"
print(len(h), h[5])


# Subclasses keep their own methods.
class Defaulting(dict):
    def __missing__(self, key):
        return "default for " + repr(key)


class Loud(dict):
    def __getitem__(self, key):
        print("getitem", key)
        return dict.__getitem__(self, key)

    def __setitem__(self, key, value):
        print("setitem", key, value)
        dict.__setitem__(self, key, value)

    def __contains__(self, key):
        print("contains", key)
        return dict.__contains__(self, key)


m = Defaulting(a=1)
print(m["a"], m["b"], "b" in m)
loud = Loud()
loud["x"] = 1
loud[2] = 3
print(loud["x"], "x" in loud, 2 not in loud, 7 in loud)

# Views iterate past deleted entries; changing the size meanwhile fails.
v = {i: i * i for i in range(10)}
for i in range(0, 10, 3):
    del v[i]
print(list(v.keys()), list(v.values()), list(v.items())[:3])
print(max(len(str(x)) for x in v.values()), sum(v.values()))
try:
    for k in v:
        v[k + 100] = 0
except RuntimeError as error:
    print("RuntimeError", error)

# enumerate counts in ints of any size and from any int start.
print(list(enumerate("abc", sys.maxsize - 1)))
print(list(enumerate("ab", -2)), list(enumerate("ab", True)))
print({i: c for i, c in enumerate("xyz", 10)})
try:
    enumerate("ab", 1.5)
except TypeError as error:
    print("TypeError", error)
try:
    enumerate(5, 1.5)
except TypeError as error:
    print("TypeError", error)


# max and min compare the items as they come.
def noisy(n):
    for i in range(n):
        print("yield", i)
        yield i


print(max(noisy(3)), min(noisy(2)), max(noisy(0), default="empty"))


class Fussy:
    def __lt__(self, other):
        raise ValueError("no order")

    def __gt__(self, other):
        raise ValueError("no order")


try:
    max(x if x != 2 else Fussy() for x in noisy(5))
except ValueError as error:
    print("ValueError", error)
print(max(3, 9, 4), min("b", "a", key=str.upper), max([], default=None))

# Growing past deletions keeps insertion order; popitem takes the newest.
grow = {}
for i in range(200):
    grow[i] = i
    if i % 3 == 0:
        del grow[i // 2]
print(len(grow), list(grow)[:8], list(grow)[-3:], grow.popitem(), grow.popitem(), len(grow))
for i in range(1000, 1100):
    grow[str(i)] = i
print(len(grow), list(grow.items())[-2:], grow.get("1050"), grow.get(1050))
