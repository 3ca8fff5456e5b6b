# Paths the interpreter takes short cuts on: conditions, attribute sites, calls, int sorts.
calls = []


class Truth:
    def __init__(self, name, value):
        self.name = name
        self.value = value

    def __bool__(self):
        calls.append(self.name)
        return self.value


a, b = Truth("a", False), Truth("b", True)
if a and b:
    print("and: yes")
else:
    print("and: no")
if a or b:
    print("or: yes")
if not (a and b):
    print("not and")
x = a and b
print("value of and:", x.name, calls)
calls.clear()
print([n for n in range(3) if b and n], calls)
calls.clear()
print("ifexp", "y" if a or b else "n", calls)
calls.clear()
n = 0
while b and n < 2:
    n += 1
print("while", n, calls)


class Loud:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        print("lt", self.v, other.v)
        return Truth("cmp", self.v < other.v)


calls.clear()
if Loud(1) < Loud(2):
    print("loud less", calls)
one = 1
print(one is one, None is not None, 3 in [1, 3], 2 not in (2,))


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def total(self):
        return self.x + self.y


def read(points):
    return [p.x * 10 + p.y for p in points]


p = Point(1, 2)
q = Point.__new__(Point)
q.y = 5
q.x = 4
r = Point(7, 8)
del r.x
r.x = 9
s = Point(3, 4)
s.__dict__.clear()
s.__dict__["y"] = 6
s.__dict__["x"] = 2
print(read([p, q, r, s, p]), [v.total() for v in (p, q, r, s)])
p.total = lambda: "own"
print(p.total(), q.total())
del p.total
print(p.total())
Point.total = lambda self: self.x * self.y
print(p.total(), q.total())


def three(a, b, c):
    return a * 100 + b * 10 + c


def four(a, b, c, d):
    return three(a, b, c) * 10 + d


print(three(1, 2, 3), four(1, 2, 3, 4), three(*[4, 5], 6))
try:
    three(1, 2)
except TypeError as e:
    print(e)
try:
    three(1, 2, undefined)
except NameError as e:
    print(e)
print(three(1, 2, 3))

values = [5, -3, 2**40, 0, 5, -2**62, 7]
print(sorted(values), sorted(values, reverse=True))
values.sort(reverse=True)
print(values)
mixed = [3, True, 2, False]
print(sorted(mixed), sorted(mixed, reverse=True))
pairs = [(2, 1), (1, 5), (2, 0), (1, 5, 0), (1,), (1, 4.5), (0, "z")]
print(sorted(pairs), sorted(pairs, reverse=True))
