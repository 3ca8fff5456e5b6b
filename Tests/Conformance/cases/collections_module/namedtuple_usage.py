# collections.namedtuple: repr, field access, _asdict, _replace, _fields, defaults, unpacking.
from collections import namedtuple
Point = namedtuple("Point", ["x", "y"])
p = Point(3, 4)
print(p, repr(p), p.x, p[1], p == (3, 4), len(p))
print(p._asdict(), p._replace(y=10), Point._fields, Point._make([5, 6]))
x, y = p
print(x + y, sum(p), isinstance(p, tuple))
Person = namedtuple("Person", "name age city", defaults=["unknown"])
print(Person("Ann", 30), Person("Bo", 5, "Oslo"))
print(sorted([Point(2, 1), Point(1, 5), Point(1, 2)]))
try:
    p.x = 5
except AttributeError as e:
    print("AttributeError:", e)
