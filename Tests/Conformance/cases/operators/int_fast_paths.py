# Int operations with a local or literal operand take a shortcut; each edge must still be Python's.
def arithmetic(a, b):
    print(a + 1, a - 1, a * 3, a % 7, a // 7, a & 6)
    print(a + b, a - b, a * b, a % b, a // b, a & b)
    print(a % -7, a // -7, (a - 50) % 7, (a - 50) // 7)


arithmetic(45, 7)
arithmetic(-45, 7)
arithmetic(45, -7)
arithmetic(0, 3)

big = 9223372036854775807
small = -9223372036854775808


def overflow(x, y):
    print(x + 1, x * 2, y - 1, y * 3, y // -1, y % -1, x + x, y - x)


overflow(big, small)


def mixed(x, y):
    print(x + 1, x * 2, x - y, x % 2, x // 2)


mixed(2.5, 1)
mixed(True, False)
print("ab" * 3, [1] * 2)


def sequences(s, n):
    return s * 3, s * n


print(sequences("xy", 2), sequences([0], 3))


def divide_by_zero(a, z):
    for f in (lambda: a % 0, lambda: a // 0, lambda: a % z, lambda: a // z):
        try:
            f()
        except ZeroDivisionError as e:
            print(type(e).__name__, e)


divide_by_zero(5, 0)


def compare(a, b):
    results = []
    if a < 2: results.append("lt")
    if a <= b: results.append("le")
    if a > 2: results.append("gt")
    if a >= b: results.append("ge")
    if a == 2: results.append("eq")
    if a != b: results.append("ne")
    return results


print(compare(1, 1), compare(2, 3), compare(5, 2), compare(2.0, 2), compare(True, 1))


def bad_compare(a):
    try:
        if a < 2:
            pass
    except TypeError as e:
        print(e)
    try:
        if a > a:
            pass
    except TypeError as e:
        print(e)


bad_compare("s")
bad_compare(None)


def unbound():
    try:
        print(n - 1)
    except UnboundLocalError as e:
        print(e)
    try:
        if n < 2:
            pass
    except UnboundLocalError as e:
        print(e)
    n = 3
    return n


unbound()
print([i % 3 for i in range(-4, 5)], [i // 3 for i in range(-4, 5)], {i * i for i in range(-3, 4)})


def shapes(a, items):
    print(1 + len(items), 10 - len(items), 3 * a, 100 // a, 7 % a, 1 - 2.5, 2 * "ab")
    print(a + len(items), a - len(items), len(items) * a, len(items) % a, len(items) - a)
    print(a < len(items), len(items) <= a, a == len(items), len(items) != a)
    print(-9223372036854775807 - len(items), 9223372036854775807 + len(items))
    try:
        print(1 + "s")
    except TypeError as e:
        print(e)
    try:
        print(a - "s")
    except TypeError as e:
        print(e)
    try:
        print(len(items) < "s")
    except TypeError as e:
        print(e)
    try:
        if a < "s":
            pass
    except TypeError as e:
        print(e)
    try:
        if len(items) > a:
            print("longer")
        if "s" > a:
            pass
    except TypeError as e:
        print(e)


shapes(4, [1, 2, 3, 4, 5])


def walrus():
    x = 1
    print((x := 3) + x, x)
    y = 2
    print(y + (y := 10), y)


walrus()
