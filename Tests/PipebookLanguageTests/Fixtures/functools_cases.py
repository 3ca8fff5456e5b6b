"""Programs for FunctoolsModuleTests: see generate_module_tests.py."""

SHOW = '''
from functools import *
import functools
def show(text, thunk):
    try:
        r = thunk()
    except Exception as e:
        print(text, "!!", type(e).__name__, e)
    else:
        print(text, "->", r if isinstance(r, str) else repr(r))
def f(a, b=2, *c, **d):
    return (a, b, c, d)
'''


def checks(*exprs, prelude=""):
    return SHOW + prelude + "".join(f"show({e!r}, lambda: {e})\n" for e in exprs)


GROUPS = {
    "reduce": [
        checks("reduce(lambda a, b: a + b, [1, 2, 3, 4])", "reduce(lambda a, b: a * b, range(1, 6), 1)", "reduce(max, [3, 9, 2])",
               "reduce(lambda acc, ch: ch + acc, 'abc', '')", "reduce(lambda a, b: a + b, [], 0)", "reduce(f, [7])",
               "reduce()", "reduce(f)", "reduce(f, 1)", "reduce(f, [], 1, 2)", "reduce(lambda a, b: a + b, [])",
               "reduce(function=f, iterable=[])", "reduce(lambda a, b: a + b, iter([[1], [2], [3]]))"),
    ],
    "partial": [
        checks("p.func is f, p.args, p.keywords", "p(5)", "p(b=9)", "p(b=9, z=1)", "partial(p, 7, c=1).args",
               "partial(p, 7, c=1).keywords", "partial(p, 7).func is f", "partial(p, 7)()",
               "partial(f, func=1).keywords", "partial()", "partial(1)", "partial(func=f)",
               "repr(partial(len))", "partial(len)('abc')", "type(p)", "type(p).__name__", "isinstance(p, partial)",
               "partial(int, base=2)('101')", "p == partial(f, 1, b=3)", "p == p", "hash(p) == hash(p)", "p.__dict__",
               "repr(partial(f)) == 'functools.partial(' + repr(f) + ')'",
               "repr(partial(f, 1, 'x', b=[2])) == 'functools.partial(' + repr(f) + \", 1, 'x', b=[2])\"",
               "callable(p)", "partial(partial(f, 1), 2)(3, x=4)",
               prelude="p = partial(f, 1, b=3)\n"),
        '''
from functools import partial
def power(base, exponent):
    return base ** exponent
square = partial(power, exponent=2)
print(square(5), partial(power, 2)(10), square.func.__name__, square.args, square.keywords)
square.keywords["exponent"] = 3
print(square(2))
square.note = "attr"
print(square.note, square.__dict__, partial(square, 1).func is square)
class Greeter:
    def __init__(self, greeting):
        self.greeting = greeting
    def greet(self, name, punct="!"):
        return self.greeting + " " + name + punct
g = Greeter("hi")
hello = partial(g.greet, punct="?")
print(hello("bob"), list(map(partial(power, 2), range(5))))
''',
        '''
from functools import partialmethod
class Cell:
    def __init__(self):
        self.alive = False
    def set_state(self, state):
        self.alive = bool(state)
    set_alive = partialmethod(set_state, True)
    set_dead = partialmethod(set_state, False)
c = Cell()
c.set_alive()
print(c.alive)
c.set_dead()
print(c.alive)
''',
    ],
    "lruCache": [
        checks("lru_cache(1.5)", "lru_cache('a')", "lru_cache(foo=1)", "lru_cache(f).__wrapped__ is f",
               "lru_cache(f).__name__", "lru_cache(f).cache_parameters()", "lru_cache(maxsize=3, typed=True)(f).cache_parameters()",
               "type(lru_cache(f))", "repr(lru_cache(f)).split(' at ')[0]", "cache(f).cache_info()", "lru_cache(f)([1])",
               "lru_cache()(f)(1)", "lru_cache(maxsize=-1)(f).cache_parameters()", "lru_cache(None)(f).cache_parameters()",
               "lru_cache(10, True)(f).cache_parameters()", "lru_cache(f, 1, 2)", "cache()", "cache(f, x=1)"),
        '''
from functools import cache, lru_cache
@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(100), fib.cache_info())
calls = []
@lru_cache(maxsize=2)
def slow_square(n):
    calls.append(n)
    return n * n
for n in [1, 2, 1, 3, 1, 2, 3, 3]:
    slow_square(n)
print(calls, slow_square.cache_info())
slow_square.cache_clear()
print(slow_square.cache_info())
@cache
def ways(n):
    return 1 if n <= 1 else ways(n - 1) + ways(n - 2)
print(ways(80), ways.cache_info())
@lru_cache
def g(x, y=0, *, z=0):
    calls.append((x, y, z))
    return x + y + z
calls.clear()
print(g(1), g(1), g(1, 0), g(1, y=0), g(y=0, x=1), g(1, z=0), g(True), g(1.0), calls)
info = g.cache_info()
print(info, info.hits, info[1], type(info), info == (3, 6, 128, 6), info._fields, info._asdict())
hits, misses, maxsize, currsize = info
print(hits, misses, maxsize, currsize, len(info), info[::-1])
@lru_cache(maxsize=0)
def h(x):
    return x
print(h(1), h(1), h.cache_info())
@lru_cache(typed=True)
def t(x):
    return type(x).__name__
print(t(1), t(1.0), t(True), t.cache_info())
print(fib.__name__, fib.__wrapped__.__name__, fib.__doc__, ways.__qualname__)
''',
        '''
from functools import lru_cache, cached_property
class A:
    def __init__(self, n):
        self.n = n
    @lru_cache
    def m(self, x):
        return x * self.n
    @cached_property
    def c(self):
        print("computing")
        return self.n * 10
    def __hash__(self):
        return self.n
    def __eq__(self, other):
        return isinstance(other, A) and self.n == other.n
a = A(2)
print(a.m(2), a.m(2), A(2).m(2), A.m.cache_info())
print(a.c, a.c, a.__dict__)
del a.c
print(a.c, type(A.c).__name__, A.c.attrname)
a.c = 5
print(a.c)
''',
    ],
    "wraps": [
        '''
from functools import wraps, update_wrapper, WRAPPER_ASSIGNMENTS, WRAPPER_UPDATES
def logged(func):
    @wraps(func)
    def wrapper(*args, **kwargs):
        print(f"calling {func.__name__}{args}")
        return func(*args, **kwargs)
    return wrapper
@logged
def add(a, b):
    """Add two numbers."""
    return a + b
print(add(2, 3), add.__name__, add.__doc__, add.__qualname__, add.__module__, add.__wrapped__(1, 1))
def unwrapped_deco(func):
    def wrapper(*args):
        return func(*args)
    return wrapper
@unwrapped_deco
def sub(a, b):
    """Subtract."""
    return a - b
print(sub(5, 3), sub.__name__, sub.__doc__)
def original():
    "doc"
original.extra = 1
def wrapper():
    pass
print(update_wrapper(wrapper, original) is wrapper, wrapper.__name__, wrapper.extra, wrapper.__wrapped__ is original)
def w2():
    pass
update_wrapper(w2, original, assigned=("__doc__",), updated=())
print(w2.__name__, w2.__doc__, hasattr(w2, "extra"))
print(WRAPPER_ASSIGNMENTS, WRAPPER_UPDATES, type(wraps(original)).__name__)
for args in [(), (w2,), (w2, original, (), (), 1)]:
    try:
        update_wrapper(*args)
    except TypeError as e:
        print("TypeError:", e)
''',
    ],
    "ordering": [
        '''
from functools import cmp_to_key, total_ordering
@total_ordering
class Grade:
    order = "FDCBA"
    def __init__(self, letter):
        self.letter = letter
    def __eq__(self, other):
        return self.letter == other.letter
    def __lt__(self, other):
        return self.order.index(self.letter) < self.order.index(other.letter)
    def __repr__(self):
        return f"Grade({self.letter!r})"
a, c = Grade("A"), Grade("C")
print(a > c, a >= c, c <= a, c > a, a >= Grade("A"), a <= Grade("A"))
print(sorted([Grade("B"), a, Grade("F"), c]), Grade.__gt__.__name__)
@total_ordering
class Version:
    def __init__(self, n):
        self.n = n
    def __eq__(self, other):
        return self.n == other.n
    def __ge__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.n >= other.n
print(Version(1) < Version(2), Version(2) <= Version(2), Version(3) > Version(2), Version(1) > Version(1))
try:
    Version(1) < 5
except TypeError as e:
    print("TypeError:", e)
try:
    @total_ordering
    class Nothing:
        pass
except ValueError as e:
    print("ValueError:", e)
@total_ordering
class Le:
    def __init__(self, n):
        self.n = n
    def __le__(self, other):
        return self.n <= other.n
    def __gt__(self, other):
        return self.n > other.n
print(Le(1) < Le(2), Le(2) >= Le(2), Le(1) >= Le(2))
''',
        '''
from functools import cmp_to_key
def by_length_then_reverse_alpha(x, y):
    if len(x) != len(y):
        return len(x) - len(y)
    return (x < y) - (x > y)
words = ["pear", "fig", "apple", "kiwi", "date"]
print(sorted(words, key=cmp_to_key(by_length_then_reverse_alpha)))
K = cmp_to_key(lambda a, b: a - b)
print(K(1) < K(2), K(2) <= K(2), K(3) == K(3), K(1) != K(1), K(5) > K(1), K(1) >= K(2), K(7).obj, type(K).__name__)
print(max([3, 1, 2], key=cmp_to_key(lambda a, b: b - a)), min("bca", key=cmp_to_key(lambda a, b: (a > b) - (a < b))))
for thunk in [lambda: K(1) < 2, lambda: cmp_to_key(), lambda: K()]:
    try:
        thunk()
    except TypeError as e:
        print("TypeError:", e)
''',
    ],
}
