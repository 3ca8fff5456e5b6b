# Functions are objects: stored in data structures, passed around, with attributes.
def add(a, b):
    return a + b
def sub(a, b):
    return a - b
ops = {"+": add, "-": sub, "*": lambda a, b: a * b}
for sym in ["+", "-", "*"]:
    print(sym, ops[sym](6, 3))
def apply_twice(f, x):
    return f(f(x))
print(apply_twice(lambda v: v + 3, 10))
print(add.__name__, callable(add), callable(3))
add.calls = 0
add.calls += 1
print(add.calls)
def no_return():
    pass
print(no_return())
def doc():
    "A docstring."
print(doc.__doc__)
