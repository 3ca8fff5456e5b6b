# d.get and str + str take shortcuts; results and errors must stay Python's.
d = {"a": 1, 2: "two", (1, 2): None}
print(d.get("a"), d.get("zz"), d.get("zz", 0), d.get(2, "x"), d.get((1, 2), "absent"), d.get(2.0))
key = "a"
for k in ["a", "b", 2]:
    print(k, d.get(k), d.get(k, -1))
try:
    d.get([1])
except TypeError as e:
    print(e)
try:
    d.get([1], 0)
except TypeError as e:
    print(e)


class Defaulting(dict):
    def get(self, key, default="sub"):
        return "own " + str(default)


print(Defaulting(a=1).get("a"), Defaulting().get("a", 5))


class Holder:
    def __init__(self):
        self.get = lambda *args: ("instance get", args)


print(Holder().get(1, 2))
print("ab" + "cd", "é" + "x", "" + "", "k" + str(12), len("ñ" + "ü"))
try:
    print("a" + 1)
except TypeError as e:
    print(e)


class Suffix:
    def __radd__(self, other):
        return other + "!"


print("hi" + Suffix())
