# __hash__ with __eq__: user objects as dict keys and set members; __eq__ alone makes unhashable.
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __eq__(self, other):
        return isinstance(other, Point) and (self.x, self.y) == (other.x, other.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __repr__(self):
        return f"P({self.x},{self.y})"
grid = {Point(0, 0): "origin", Point(1, 2): "a"}
print(grid[Point(1, 2)], Point(0, 0) in grid, len({Point(1, 1), Point(1, 1)}))
class OnlyEq:
    def __eq__(self, other):
        return True
try:
    {OnlyEq()}
except TypeError as e:
    print("TypeError:", e)
print(OnlyEq.__hash__ is None)
class Default:
    pass
d = Default()
print({d: 1}[d], hash(d) == hash(d))
