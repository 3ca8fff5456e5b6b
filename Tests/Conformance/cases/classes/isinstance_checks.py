# isinstance/issubclass with user classes, tuples of types, builtins; __class__.__name__.
class Shape: pass
class Square(Shape): pass
class Circle(Shape): pass
s = Square()
print(isinstance(s, Square), isinstance(s, Shape), isinstance(s, Circle), isinstance(s, object))
print(isinstance(s, (Circle, Square)), issubclass(Square, Shape), issubclass(Shape, Square))
print(issubclass(Square, (int, Shape)), issubclass(bool, int), issubclass(int, object))
print(isinstance(True, int), isinstance(1, bool), isinstance(1.0, (int, float)))
print(s.__class__.__name__, type(s).__name__, type(s) is Square, type(s) == Shape)
print(type(3).__name__, type("").__name__, type([]).__name__, type(None).__name__, type(len).__name__)
print(isinstance([], list), isinstance({}, dict), isinstance((), tuple), isinstance("", str))
print(Square.__name__, Circle.__name__)
