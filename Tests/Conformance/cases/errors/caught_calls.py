# Caught TypeErrors from calling things wrongly: argument counts, keywords, non-callables.
def show(action):
    try:
        action()
    except Exception as e:
        print(type(e).__name__, e)
def f(a, b):
    return a + b
def g():
    return 0
def h(a, *, key):
    return a
class Widget:
    def __init__(self, size):
        self.size = size
    def grow(self):
        return self.size + 1
show(lambda: f(1, 2, 3))
show(lambda: f(1))
show(lambda: f())
show(lambda: f(1, 2, z=3))
show(lambda: f(1, a=2))
show(lambda: g(1))
show(lambda: h(1))
show(lambda: h(1, 2, key=3))
show(lambda: Widget())
show(lambda: Widget(1).grow(5))
show(lambda: (5)())
show(lambda: None())
show(lambda: "text"())
show(lambda: len(1, 2))
show(lambda: len())
show(lambda: len(5))
show(lambda: int([1]))
show(lambda: f(*5))
show(lambda: f(**[1]))
