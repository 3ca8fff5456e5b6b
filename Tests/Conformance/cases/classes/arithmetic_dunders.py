# Arithmetic dunders: __add__, reflected __radd__, in-place __iadd__, __neg__, __mul__ with scalars.
class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __add__(self, other):
        if isinstance(other, Vec):
            return Vec(self.x + other.x, self.y + other.y)
        return NotImplemented
    def __radd__(self, other):
        # Lets sum() start from 0.
        if other == 0:
            return self
        return NotImplemented
    def __sub__(self, other):
        return Vec(self.x - other.x, self.y - other.y)
    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)
    __rmul__ = __mul__
    def __neg__(self):
        return Vec(-self.x, -self.y)
    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
    def __eq__(self, other):
        return (self.x, self.y) == (other.x, other.y)
    def __repr__(self):
        return f"Vec({self.x}, {self.y})"
a, b = Vec(1, 2), Vec(3, 4)
print(a + b, b - a, a * 3, 3 * a, -a, abs(b))
print(sum([a, b, Vec(10, 10)]))
class Acc:
    def __init__(self):
        self.items = []
    def __iadd__(self, item):
        self.items.append(item)
        return self
acc = Acc()
alias = acc
acc += 1
acc += 2
print(acc.items, alias is acc)
v = Vec(1, 1)
v += Vec(1, 1)  # no __iadd__: falls back to __add__ and rebinds
print(v)
try:
    a + 1
except TypeError as e:
    print("TypeError:", e)
