# A generator expression of one clause into a plain name has a step of its own; it must act as CPython's.
g = (x for x in [1, 2])
print(repr(g).split(" at ")[0], str(g).split(" at ")[0], type(g).__name__)


def numbers():
    yield 1


def nested():
    return (y for y in [1] for z in [2]), (y for y in [1])


print(repr(numbers()).split(" at ")[0], [repr(n).split(" at ")[0] for n in nested()])


def bad(v):
    if v == 2:
        raise ValueError("two")
    return v


g = (bad(x) for x in [1, 2, 3])
print(next(g))
try:
    next(g)
except ValueError as e:
    print("raised", e)
print(list(g))
src = [1]
g = (x for x in src)
print(list(g))
src.append(2)
print(list(g))
print(sum(x for x in range(5) if x % 2), max(len(s) for s in ["a", "bbb"]), list(k for k, v in {"a": 1}.items()))
print(sorted((v % 3, v) for v in range(6) if v if v != 4))
total = 0
for n in (i * i for i in range(4)):
    total += n
print(total, any(c == "b" for c in "abc"), all(c for c in ""), "-".join(str(d) for d in (1, 2)))
g = (bad(x) for x in [1, 2, 3] for _ in [0])
print(next(g))
try:
    next(g)
except ValueError as e:
    print("raised", e)
print(list(g))
