# @property with setter and deleter: computed attributes and validation.
class Circle:
    def __init__(self, radius):
        self.radius = radius  # goes through the setter
    @property
    def radius(self):
        return self._radius
    @radius.setter
    def radius(self, value):
        if value < 0:
            raise ValueError("radius must be non-negative")
        self._radius = value
    @radius.deleter
    def radius(self):
        print("deleting radius")
        del self._radius
    @property
    def diameter(self):
        return self.radius * 2
c = Circle(3)
print(c.radius, c.diameter)
c.radius = 5
print(c.diameter)
try:
    c.radius = -1
except ValueError as e:
    print("ValueError:", e)
try:
    c.diameter = 10
except AttributeError as e:
    print("AttributeError:", e)
del c.radius
print(hasattr(c, "_radius"))
