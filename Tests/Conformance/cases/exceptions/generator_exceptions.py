# Exceptions inside generators: propagation to the consumer, throw(), finally on close.
def numbers():
    yield 1
    yield 2
    raise ValueError("generator failed")
gen = numbers()
got = []
try:
    for n in gen:
        got.append(n)
except ValueError as e:
    print(got, "then", e)
print(next(gen, "exhausted after error"))
def resilient():
    while True:
        try:
            yield "waiting"
        except KeyError as e:
            print("handled inside:", e)
r = resilient()
print(next(r))
print(r.throw(KeyError("k1")))
def guarded():
    try:
        yield 1
        yield 2
    finally:
        print("generator finally")
g = guarded()
print(next(g))
g.close()
def stop_inside():
    yield 1
    return "value"
g2 = stop_inside()
next(g2)
try:
    next(g2)
except StopIteration as s:
    print("StopIteration value:", s.value)
def leaks_stop():
    yield 1
    raise StopIteration("inner")
try:
    list(leaks_stop())
except RuntimeError as e:
    print("RuntimeError:", e)
