# str.format: positional, automatic, named, attribute and index fields, conversions and specs.
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
p = Point(3, 4)
print("{} + {} = {}".format(1, 2, 3))
print("{1} {0} {1}".format("a", "b"))
print("{name} is {age}".format(name="Ann", age=30))
print("({0.x}, {0.y})".format(p), "{p.x}".format(p=p))
print("{0[1]} {d[key]} {0[0]}".format(["zero", "one"], d={"key": "val"}))
print("{!r} {!s} {!a}".format("hi", "hi", "hé"))
print("[{:>8}] [{:<8}] [{:^8}] [{:08.3f}]".format("r", "l", "c", 3.14159))
print("[{0:{1}}] [{0:{fill}>{w}}]".format("x", 4, fill="#", w=5))
print("{:,} {:.2%} {:x} {:#b}".format(1234567, 0.4567, 255, 5))
print("{{}} {}".format("braces"))
print("{0}{0}{0}".format("ab"), "{:s}".format("str"))
print("{:e}".format(0.000123), "{:g}".format(1e20), "{:.3g}".format(3.14159))
