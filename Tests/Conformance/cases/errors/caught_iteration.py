# Caught errors around iteration: non-iterables, exhausted iterators, generators misused.
def show(action):
    try:
        action()
    except Exception as e:
        print(type(e).__name__, repr(e) if isinstance(e, StopIteration) else e)
def loop_over(value):
    for _ in value:
        pass
def gen():
    yield 1
def send_first():
    g = gen()
    g.send("too early")
def recursive_generator():
    def inner():
        yield from inner_gen
    inner_gen = inner()
    next(inner_gen)
show(lambda: loop_over(5))
show(lambda: loop_over(None))
show(lambda: next([1, 2]))
show(lambda: next(iter([])))
show(send_first)
show(recursive_generator)
show(lambda: iter(5))
show(lambda: len(gen()))
show(lambda: gen()[0])
show(lambda: reversed({1, 2}))
show(lambda: sum(["a", "b"]))
show(lambda: sum([[1]]))
show(lambda: list(zip([1], 5)))
show(lambda: enumerate(3))
