# Augmented assignment to a local reads and writes its slot directly; every operator and type must still be Python's.
def numbers():
    x = 45
    x += 5
    x -= 70
    x *= 3
    print(x)
    x //= 7
    print(x)
    x %= 7
    print(x)
    x &= 6
    x |= 9
    x ^= 3
    x <<= 2
    x >>= 1
    x **= 3
    print(x)
    y = 9223372036854775807
    y += 1
    print(y)
    z = -9223372036854775808
    z //= -1
    print(z)
    f = 1.5
    f += 2
    f *= 2
    print(f)
    try:
        x //= 0
    except ZeroDivisionError as e:
        print(e, x)
    try:
        x %= 0
    except ZeroDivisionError as e:
        print(e, x)


def strings():
    s = "ab"
    t = s
    s += "cd"
    print(s, t)
    s += "ef"
    print(s)
    items = [1]
    alias = items
    items += [2]
    print(items, alias, items is alias)
    tup = (1,)
    tup += (2,)
    print(tup)
    try:
        s += 5
    except TypeError as e:
        print(e)
    print(s)


def unbound():
    try:
        count += 1
    except UnboundLocalError as e:
        print(e)
    count = 0


class Money:
    def __init__(self, cents):
        self.cents = cents

    def __iadd__(self, other):
        print("iadd")
        self.cents += other
        return self

    def __repr__(self):
        return f"Money({self.cents})"


def objects():
    m = Money(5)
    m += 7
    print(m)
    n = 3
    n += True
    print(n)


numbers()
strings()
unbound()
objects()


def plain_and_pairs():
    a, b = 1, 2
    a, b = b, a
    print(a, b)
    name, value = "item:3".split(":")
    print(name, value)
    x, y = [5, 6]
    print(x, y)
    p, q = "hi"
    print(p, q)
    k, v = {"one": 1, "two": 2}
    print(k, v)
    try:
        m, n = (1, 2, 3)
    except ValueError as e:
        print(e)
    try:
        m, n = [1]
    except ValueError as e:
        print(e)
    try:
        m, n = 7
    except TypeError as e:
        print(e)

    class Pair(tuple):
        def __iter__(self):
            print("own iter")
            return iter(("left", "right"))

    r, s = Pair((1, 2))
    print(r, s)
    t = u = "same"
    print(t, u, t is u)
    w = []
    if w:
        print("empty is true?")
    if "":
        print("empty str is true?")
    if "x" and [0]:
        print("both true")


plain_and_pairs()
