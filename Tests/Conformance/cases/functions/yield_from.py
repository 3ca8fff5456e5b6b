# yield from delegates iteration, forwards send(), and returns the sub-generator's value.
def inner():
    yield 1
    yield 2
    return "inner done"
def outer():
    result = yield from inner()
    print("inner returned:", result)
    yield from [10, 20]
    yield from range(3)
print(list(outer()))
def flatten(items):
    for item in items:
        if isinstance(item, list):
            yield from flatten(item)
        else:
            yield item
print(list(flatten([1, [2, [3, 4]], [[5]], 6])))
def adder():
    total = 0
    while True:
        n = yield total
        if n is None:
            return total
        total += n
def wrapper():
    final = yield from adder()
    yield f"final {final}"
w = wrapper()
print(next(w), w.send(5), w.send(7), w.send(None))
