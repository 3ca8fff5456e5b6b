"""Programs for CollectionsModuleTests (stdlib/collections, stdlib/abc.py):
see generate_module_tests.py."""

GROUPS = {
    "defaultdict": [
        '''
from collections import defaultdict
d = defaultdict(list)
d["a"].append(1)
d["b"]
print(d, len(d), "a" in d, d.default_factory)
print(repr(defaultdict()), repr(defaultdict(None, x=1)), defaultdict(int, [("k", 2)]))
c = d.copy()
c["z"].append(9)
print(type(c).__name__, c, d)
print(defaultdict(int, a=1) | {"b": 2}, {"b": 2} | defaultdict(int, a=1))
e = defaultdict(set)
e["x"] |= {1}
print(e, isinstance(e, dict), e.get("q"), e.setdefault("q", {2}), e.pop("q"))
try:
    defaultdict(5)
except TypeError as exc:
    print("TypeError:", exc)
''',
        '''
from collections import defaultdict
tree = lambda: defaultdict(tree)
t = tree()
t["a"]["b"]["c"] = 1
print(t["a"]["b"]["c"], list(t["a"]), sorted(defaultdict(int, {"b": 1, "a": 2}).items()))
r = defaultdict(list)
r["self"] = r
print(r)
class Tally(defaultdict):
    pass
print(Tally(int, {"x": 1}))
''',
    ],
    "counter": [
        '''
from collections import Counter
c = Counter("mississippi")
print(c, c.most_common(2), c.total(), c["z"], len(c))
print(Counter(), Counter(a=0), Counter({"x": 2, "y": -1}))
print(sorted(c.elements()), list(Counter(a=2, b=0, c=-1).elements()))
c.update({"m": 10}, s=1)
c.subtract(["i", "i", "q"])
print(c)
del c["nothing"]
del c["m"]
print(c, +Counter(a=1, b=-2, c=0), -Counter(a=1, b=-2))
a, b = Counter(a=3, b=1, c=0), Counter(a=1, b=2, d=4)
print(a + b, a - b, a | b, a & b)
print(a == Counter(a=3, b=1), Counter(a=1) == Counter(a=1, b=0), a <= a + b, a < a, a != b)
a += b
print(a)
a -= Counter(a=10)
print(a)
print(Counter("aab") == {"a": 2, "b": 1}, Counter(x=1).copy(), Counter("ab").most_common(0))
try:
    Counter.fromkeys("ab")
except NotImplementedError as exc:
    print("NotImplementedError:", exc)
''',
        '''
from collections import Counter
words = "the quick the lazy the end quick".split()
print(Counter(words).most_common(), Counter(words).most_common(-1))
x = Counter(a=1)
x |= Counter(a=3, b=0, c=2)
print(x)
x &= Counter(a=2, c=5)
print(x, sum(Counter("hello").values()), dict(Counter(["x", "y", "x"])))
print(Counter([1, 2, 2]) + Counter(), repr(Counter({None: 1, 2.5: 3})))
class MyCounter(Counter):
    pass
print(MyCounter("aa"), MyCounter("ab").copy())
''',
    ],
    "ordereddict": [
        '''
from collections import OrderedDict
od = OrderedDict([("b", 2), ("a", 1)], c=3)
print(od, list(od.keys()), list(od.values()), list(od.items()))
print(od.keys(), od.values(), od.items())
print(list(reversed(od)), list(reversed(od.items())), list(reversed(od.values())))
od.move_to_end("b")
od.move_to_end("c", last=False)
print(od, od.popitem(last=False), od.popitem())
try:
    od.move_to_end("zz")
except KeyError as exc:
    print("KeyError:", exc)
try:
    OrderedDict().popitem()
except KeyError as exc:
    print("KeyError:", exc)
print(OrderedDict(), OrderedDict.fromkeys("xy", 0), od.copy(), od | {"q": 1}, {"q": 1} | od)
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict(a=1) == {"a": 1}, OrderedDict(a=1) != OrderedDict(a=2))
print("a" in od.keys(), od.keys() & {"a", "z"}, ("a", 1) in od.items(), 1 in od.values(), len(od.items()))
o = OrderedDict(x=1)
o.update([("y", 2)], z=3)
print(o, o.pop("y"), o.setdefault("w", 9), o)
''',
        '''
from collections import OrderedDict
class LRU(OrderedDict):
    def __init__(self, capacity):
        super().__init__()
        self.capacity = capacity
    def __getitem__(self, key):
        value = super().__getitem__(key)
        self.move_to_end(key)
        return value
    def __setitem__(self, key, value):
        if key in self:
            self.move_to_end(key)
        super().__setitem__(key, value)
        if len(self) > self.capacity:
            oldest = next(iter(self))
            del self[oldest]
cache = LRU(2)
cache["a"] = 1
cache["b"] = 2
cache["a"]
cache["c"] = 3
print(cache, list(cache))
r = OrderedDict()
r["me"] = r
print(r)
''',
    ],
    "namedtuple": [
        '''
from collections import namedtuple
P = namedtuple("P", "x, y", defaults=[3])
p = P(1)
print(p, P(1, 2), P(y=5, x=4), p._asdict(), P._fields, P._field_defaults, P.__doc__)
print(p[0], p[-1], p[:1], p + (9,), p * 2, len(p), 3 in p, p.index(3), p.count(1))
print(hash(p) == hash((1, 3)), p == (1, 3), p < P(2, 0), {p: "v"}[(1, 3)], tuple(p), list(p))
a, b = p
print(a, b, P._make(range(2)), p._replace(y=7), type(p).__name__, isinstance(p, tuple))
print(P.x.__doc__, P.__name__, P.__qualname__)
for call in [lambda: P(), lambda: P(1, 2, 3), lambda: P(1, z=3), lambda: P(1, x=2), lambda: P._make([1]),
             lambda: p._replace(z=1, w=2)]:
    try:
        call()
    except (TypeError, ValueError) as exc:
        print(type(exc).__name__ + ":", exc)
for call in [lambda: setattr(p, "x", 2), lambda: delattr(p, "y"), lambda: setattr(p, "z", 1)]:
    try:
        call()
    except AttributeError as exc:
        print("AttributeError:", exc)
''',
        '''
from collections import namedtuple
Q = namedtuple("Q", ["a", "b", "c"])
for call in [lambda: Q(), lambda: Q(1), lambda: Q(1, 2, 3, 4)]:
    try:
        call()
    except TypeError as exc:
        print("TypeError:", exc)
print(namedtuple("R", ["a", "def", "_b", "a"], rename=True)._fields)
for args in [("R", "a a"), ("R", "_a"), ("R", "def"), ("1R", "a"), ("R", [1]), ("R", "a b", ), ("R", "")]:
    try:
        print(namedtuple(*args)._fields)
    except (ValueError, TypeError) as exc:
        print(type(exc).__name__ + ":", exc)
try:
    namedtuple("S", "a", defaults=[1, 2])
except TypeError as exc:
    print("TypeError:", exc)
Empty = namedtuple("Empty", "")
print(Empty(), len(Empty()), Empty._fields)
class Point(namedtuple("Point", "x y")):
    def norm(self):
        return abs(self.x) + abs(self.y)
pt = Point(3, -4)
pt.label = "here"
print(pt.label, pt, pt.norm(), Point._make([1, 1]), pt._replace(x=0), sorted([Point(2, 1), Point(1, 2)]))
Emp = namedtuple("Emp", "name, age", module="people")
print(Emp, Emp.__module__, Emp("a", 1)._asdict())
''',
    ],
    "deque": [
        '''
from collections import deque
d = deque("abc")
d.extend("de")
d.extendleft("yz")
print(d, len(d), d[0], d[-1], d[3], list(reversed(d)))
d.rotate(2)
print(d)
d.rotate(-4)
print(d)
d[1] = "Q"
del d[0]
d.insert(2, "I")
d.remove("I")
print(d, d.index("c"), d.count("c"), "Q" in d, d.pop(), d.popleft(), d)
d.reverse()
print(d, d.copy(), d == deque(d), d != deque(), deque([1, 2]) < deque([1, 3]), deque([1]) == [1])
print(deque([1, 2]) + deque([3]), deque([1, 2]) * 2, 2 * deque([0]), bool(deque()), deque())
b = deque(range(10), maxlen=3)
b.appendleft(-1)
print(b, b.maxlen)
b.extend([7, 8])
b.extendleft([5])
print(b, deque(maxlen=0), deque([1, 2], 0))
x = deque([1])
x += [2, 3]
x *= 2
print(x)
x.clear()
print(x, len(x))
''',
        '''
from collections import deque
for call in [lambda: deque().popleft(), lambda: deque([1])[5], lambda: deque([1])["a"],
             lambda: deque([1]).remove(3), lambda: deque([1]).index(3), lambda: deque([1]) + [2],
             lambda: deque([1], maxlen=1).insert(0, 3), lambda: deque([1], maxlen=-1),
             lambda: deque([1], maxlen="a"), lambda: hash(deque())]:
    try:
        call()
    except Exception as exc:
        print(type(exc).__name__ + ":", exc)
d = deque([1, 2, 3])
try:
    for item in d:
        d.append(item)
except RuntimeError as exc:
    print("RuntimeError:", exc)
q = deque()
for i in range(1000):
    q.append(i)
    if i % 3 == 0:
        q.popleft()
print(len(q), q[0], q[-1], sum(q))
r = deque([0])
r.append(r)
print(r)
class Stack(deque):
    pass
print(Stack([1, 2]), Stack([1], 4), Stack([5]).copy())
''',
    ],
    "chainmap": [
        '''
from collections import ChainMap
base = {"a": 1, "b": 2}
over = {"b": 20, "c": 30}
cm = ChainMap(over, base)
print(cm, cm["a"], cm["b"], len(cm), list(cm), sorted(cm.items()), cm.get("z", 0), "c" in cm)
cm["a"] = 100
del cm["c"]
print(cm.maps, cm.parents, cm.new_child({"x": 1}), cm.new_child())
try:
    del cm["nope"]
except KeyError as exc:
    print("KeyError:", exc)
try:
    cm["nope"]
except KeyError as exc:
    print("KeyError:", exc)
print(dict(cm), cm.pop("a"), ChainMap(), bool(ChainMap({})), cm.copy())
print(ChainMap({"a": 1}) | {"b": 2}, ChainMap.fromkeys("ab", 0))
''',
    ],
    "userdict": [
        '''
from collections import UserDict, UserList
class Lower(UserDict):
    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)
d = Lower({"A": 1}, B=2)
d["C"] = 3
print(d, d.data, len(d), "a" in d, d.get("z", 0), sorted(d.keys()), d.pop("a"), d)
class Default(UserDict):
    def __missing__(self, key):
        return key * 2
print(Default()["ab"], isinstance(d, UserDict))
l = UserList([3, 1, 2])
l.append(0)
l.sort()
print(l, l[1:], len(l), l + [9], [8] + l, l * 2, l == [0, 1, 2, 3], l.pop(), l.index(2), l)
''',
    ],
    "abc": [
        '''
from collections.abc import (Callable, Container, Hashable, ItemsView, Iterable, Iterator,
                             KeysView, Mapping, MutableMapping, MutableSequence, MutableSet,
                             Sequence, Set, Sized, Generator, Reversible, Collection)
def gen():
    yield 1
checks = [
    ({}, Mapping), ({}, MutableMapping), ([], Sequence), ([], MutableSequence), ((), MutableSequence),
    ("s", Sequence), (range(3), Sequence), ({1}, Set), ({1}, MutableSet), (frozenset(), MutableSet),
    ([], Hashable), ((), Hashable), (1, Hashable), ({}, Hashable), (len, Callable), (int, Callable),
    (1, Callable), (iter([]), Iterator), ([], Iterator), ([], Iterable), (5, Iterable), (gen(), Generator),
    ({}.keys(), KeysView), ({}.items(), ItemsView), ({}.keys(), Set), ("", Sized), (3, Sized),
    ([], Container), ({}, Reversible), ([], Collection), (zip(), Iterator), (enumerate([]), Iterable),
]
print([isinstance(value, cls) for value, cls in checks])
print(issubclass(list, Sequence), issubclass(dict, Mapping), issubclass(int, Iterable), issubclass(str, Hashable))
class HasIter:
    def __iter__(self):
        return iter(())
class NoHash:
    def __eq__(self, other):
        return True
print(isinstance(HasIter(), Iterable), isinstance(NoHash(), Hashable), issubclass(HasIter, Sized))
''',
        '''
from collections.abc import Mapping, MutableMapping, Sequence, MutableSet
class Registry(MutableMapping):
    def __init__(self):
        self._data = {}
    def __getitem__(self, key):
        return self._data[key]
    def __setitem__(self, key, value):
        self._data[key] = value
    def __delitem__(self, key):
        del self._data[key]
    def __iter__(self):
        return iter(self._data)
    def __len__(self):
        return len(self._data)
r = Registry()
r["a"] = 1
r.update({"b": 2}, c=3)
print(len(r), dict(r), r.get("z"), "a" in r, list(r.keys()), list(r.items()), list(r.values()))
print(r.pop("a"), r.setdefault("d", 4), r.popitem(), r == {"c": 3, "d": 4}, isinstance(r, Mapping))
print(r.keys() == {"c", "d"}, r.items() & {("c", 3)}, r.keys() | {"q"} == {"c", "d", "q"})
r.clear()
print(len(r))
class Broken(Mapping):
    pass
try:
    Broken()
except TypeError as exc:
    print("TypeError:", exc)
class Half(Sequence):
    def __getitem__(self, i):
        return [1, 2, 3][i]
try:
    Half()
except TypeError as exc:
    print("TypeError:", exc)
class Seq(Half):
    def __len__(self):
        return 3
s = Seq()
print(list(s), list(reversed(s)), 2 in s, s.index(3), s.count(1), isinstance(s, Sequence))
class Bag(MutableSet):
    def __init__(self, items=()):
        self._items = list(dict.fromkeys(items))
    def __contains__(self, x):
        return x in self._items
    def __iter__(self):
        return iter(self._items)
    def __len__(self):
        return len(self._items)
    def add(self, x):
        if x not in self._items:
            self._items.append(x)
    def discard(self, x):
        if x in self._items:
            self._items.remove(x)
b = Bag([1, 2, 3])
print(list(b & {2, 3, 4}), list(b | [5]), list(b - {1}), sorted(b ^ Bag([3, 9])), b <= Bag([1, 2, 3, 4]), b == {1, 2, 3})
b |= [7]
b -= {1}
print(list(b), b.isdisjoint([8]), b.pop(), list(b))
''',
        '''
from abc import ABC, abstractmethod
class Shape(ABC):
    @abstractmethod
    def area(self):
        ...
    @abstractmethod
    def name(self):
        ...
    def describe(self):
        return f"{self.name()} with area {self.area()}"
class Square(Shape):
    def __init__(self, side):
        self.side = side
    def area(self):
        return self.side ** 2
    def name(self):
        return "square"
print(Square(3).describe(), isinstance(Square(1), Shape), issubclass(Square, Shape))
for cls in [Shape]:
    try:
        cls()
    except TypeError as exc:
        print("TypeError:", exc)
class Partial(Shape):
    def area(self):
        return 0
try:
    Partial()
except TypeError as exc:
    print("TypeError:", exc)
class Plugin(ABC):
    @property
    @abstractmethod
    def label(self):
        ...
try:
    Plugin()
except TypeError as exc:
    print("TypeError:", exc)
class Virtual(ABC):
    pass
Virtual.register(int)
print(isinstance(3, Virtual), issubclass(bool, Virtual), isinstance("x", Virtual), Shape.__abstractmethods__ == {"area", "name"})
class Duck(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        return hasattr(C, "quack") or NotImplemented
class Mallard:
    def quack(self):
        return "quack"
print(isinstance(Mallard(), Duck), isinstance(1, Duck))
''',
    ],
}
