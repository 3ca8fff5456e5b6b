"""Programs for CopyModuleTests: see generate_module_tests.py."""

GROUPS = {
    "containers": [
        '''
import copy
original = {"nums": [1, 2, [3, 4]], "name": "orig", "meta": {"tags": ["a"]}, "t": (1, [2]), "s": {1, 2}, "f": frozenset({3})}
shallow = copy.copy(original)
deep = copy.deepcopy(original)
original["nums"][2].append(5)
original["meta"]["tags"].append("b")
original["t"][1].append(3)
original["name"] = "changed"
print(shallow)
print(deep)
print(shallow["nums"] is original["nums"], deep["nums"] is original["nums"], deep["t"] is original["t"], deep["f"] is original["f"])
xs = [[0] * 2] * 2
ys = copy.deepcopy(xs)
ys[0][0] = 7
print(ys, ys[0] is ys[1])
t = (1, "a", (2, 3))
print(copy.deepcopy(t) is t, copy.copy(t) is t, copy.copy([1]) == [1], copy.copy("s"), copy.deepcopy(42), copy.deepcopy(None))
cyclic = [1]
cyclic.append(cyclic)
c2 = copy.deepcopy(cyclic)
print(c2, c2[1] is c2, c2 is cyclic)
d = {}
d["self"] = d
d2 = copy.deepcopy(d)
print(d2, d2["self"] is d2)
tup = ([],)
tup[0].append(tup)
tup2 = copy.deepcopy(tup)
print(tup2[0][0] is tup2, tup2 is tup)
s = {(1, 2), (3, 4)}
print(sorted(copy.deepcopy(s)), copy.copy(s) == s, copy.copy(s) is s)
print(copy.copy(range(3)), copy.deepcopy(slice(1, [2], 3)), copy.copy(len) is len, copy.deepcopy(print) is print)
''',
        '''
import copy
memo = {}
a = [1, 2]
b = copy.deepcopy([a, a], memo)
print(b, b[0] is b[1], id(a) in memo, memo[id(a)] is b[0], len(memo))
shared = [0]
first = copy.deepcopy(shared, memo)
print(first is copy.deepcopy(shared, memo))
for args in [(), (1, 2, 3, 4), (1, {}, [], 5)]:
    try:
        copy.deepcopy(*args)
    except TypeError as e:
        print("TypeError:", e)
try:
    copy.copy()
except TypeError as e:
    print("TypeError:", e)
print(copy.Error, issubclass(copy.Error, Exception), copy.error is copy.Error)
''',
    ],
    "objects": [
        '''
import copy
class Node:
    def __init__(self, value, children=None):
        self.value = value
        self.children = children or []
    def __repr__(self):
        return f"Node({self.value}, {self.children})"
tree = Node(1, [Node(2), Node(3, [Node(4)])])
shallow = copy.copy(tree)
deep = copy.deepcopy(tree)
tree.children[0].value = 20
tree.value = 100
print(tree, shallow, deep, sep="\\n")
print(shallow.children is tree.children, deep.children is tree.children, type(deep).__name__)
class Tracked:
    def __init__(self, data):
        self.data = data
    def __copy__(self):
        print("custom __copy__")
        return Tracked(self.data)
    def __deepcopy__(self, memo):
        print("custom __deepcopy__", type(memo).__name__)
        return Tracked(copy.deepcopy(self.data, memo))
t = Tracked([1, 2])
print(copy.copy(t).data is t.data, copy.deepcopy(t).data is t.data)
class NoInit:
    def __init__(self, x):
        print("init called")
        self.x = x
n = NoInit([1])
print(copy.copy(n).x is n.x, copy.deepcopy(n).x == n.x)
class State:
    def __init__(self):
        self.a = 1
        self.secret = "x"
    def __getstate__(self):
        return {"a": self.a}
    def __setstate__(self, state):
        print("setstate", state)
        self.__dict__.update(state)
        self.restored = True
s = copy.deepcopy(State())
print(vars(s))
class Reduced:
    def __init__(self, a, b):
        self.a, self.b = a, b
    def __reduce__(self):
        return (Reduced, (self.a, [self.b]))
r = copy.deepcopy(Reduced(1, 2))
print(r.a, r.b)
class Empty:
    pass
e = Empty()
print(type(copy.copy(e)).__name__, vars(copy.deepcopy(e)))
''',
        '''
import copy
class Stack(list):
    def __init__(self, items=()):
        super().__init__(items)
        self.label = "stack"
s = Stack([1, [2]])
s2 = copy.copy(s)
s3 = copy.deepcopy(s)
print(type(s2).__name__, s2, s2.label, s2[1] is s[1], type(s3).__name__, s3, s3[1] is s[1], s3.label)
class Registry(dict):
    pass
r = Registry(a=[1])
r.note = "n"
r2 = copy.deepcopy(r)
print(type(r2).__name__, r2, r2["a"] is r["a"], r2.note)
class Pair(tuple):
    pass
p = copy.deepcopy(Pair([1, [2]]))
print(type(p).__name__, p)
err = ValueError("bad", [1])
err.extra = "x"
e2 = copy.deepcopy(err)
print(type(e2).__name__, e2.args, e2.args[1] is err.args[1], e2.extra)
def gen():
    yield 1
for thing in [gen(), copy]:
    try:
        copy.copy(thing)
    except TypeError as e:
        print("TypeError:", e)
class Point:
    def __init__(self, x):
        self.x = x
    def show(self):
        return self.x
p = Point(3)
m = copy.deepcopy(p.show)
print(m(), m.__self__ is p)
''',
    ],
}
