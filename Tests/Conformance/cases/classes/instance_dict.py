# An instance's __dict__ made late: order, changes seen both ways, del, setattr with many
# names, attributes added in different orders, and sites that see several kinds of instance.
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm1(self):
        return abs(self.x) + abs(self.y)


p = Point(1, 2)
q = Point(3, 4)
p.z = 5
print(vars(p), vars(q))
d = p.__dict__
print(d is p.__dict__, d is vars(p))
d["w"] = 6
p.x = 10
print(p.w, d["x"], list(d))
del p.y
print(vars(p), hasattr(p, "y"))
p.y = 7
print(list(vars(p)), p.norm1())
d.clear()
print(vars(p), getattr(p, "x", "gone"))
q.__dict__.update(x=30, k="new")
print(q.x, q.k, q.norm1())

# The same class's instances filled in different orders.
class Bag:
    pass


a, b = Bag(), Bag()
a.one, a.two = 1, 2
b.two, b.one = 2, 1
print(vars(a), vars(b), a.one + b.one, a.two + b.two)


def read_one(o):
    return o.one


print([read_one(o) for o in (a, b, a, b)])
del a.one
try:
    read_one(a)
except AttributeError as e:
    print("AttributeError:", e)
print(read_one(b))

# Many names: more than one instance keeps without a dict.
many = Bag()
for i in range(60):
    setattr(many, "attr%d" % i, i)
print(len(vars(many)), many.attr0, many.attr59, list(vars(many))[:3])
many.attr5 = "five"
print(many.attr5, vars(many)["attr5"])
others = [Bag() for _ in range(40)]
for i, o in enumerate(others):
    setattr(o, "name%d" % i, i)
    o.shared = i * 2
print(sum(o.shared for o in others), [list(vars(o)) for o in others[:2]], others[39].name39)

# A method shadowed by an instance attribute, and a class attribute shadowed then uncovered.
class Greeter:
    greeting = "hello"

    def greet(self):
        return self.greeting


g = Greeter()
print(g.greet())
g.greeting = "hi"
print(g.greet(), Greeter.greeting)
g.greet = lambda: "instance function"
print(g.greet())
del g.greet
del g.greeting
print(g.greet())

# __setattr__ and __getattr__ of the class's own, and a property.
class Logged:
    def __init__(self):
        self.a = 1

    def __setattr__(self, name, value):
        print("set", name, value)
        object.__setattr__(self, name, value)

    def __getattr__(self, name):
        return "missing " + name


lg = Logged()
lg.b = 2
print(lg.a, lg.b, lg.c, vars(lg))


class Temperature:
    def __init__(self, c):
        self.celsius = c

    @property
    def celsius(self):
        return self._c

    @celsius.setter
    def celsius(self, value):
        self._c = value * 1


t = Temperature(20)
t.celsius += 5
print(t.celsius, vars(t))

# Unicode names that Python keeps apart although Swift's String == would not.
u = Bag()
setattr(u, "caf\u00e9", 1)
setattr(u, "cafe\u0301", 2)
print(len(vars(u)), getattr(u, "caf\u00e9"), getattr(u, "cafe\u0301"))

import copy

c = copy.copy(p)
c.y = 99
print(vars(p), vars(c), dir(q)[-3:])
print(p.missing)
