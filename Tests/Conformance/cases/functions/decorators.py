# Decorators: plain, with arguments, stacked, and functools.wraps keeping the name.
import functools
def shout(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        return func(*args, **kwargs).upper() + "!"
    return wrapper
def repeat(times):
    def decorate(func):
        def wrapper(*args):
            return [func(*args) for _ in range(times)]
        return wrapper
    return decorate
@shout
def hello(name):
    """Say hello."""
    return "hello " + name
print(hello("world"), hello.__name__, hello.__doc__)
@repeat(3)
def roll(x):
    return x * 2
print(roll(4))
def tag(label):
    def decorate(func):
        def wrapper():
            return f"<{label}>{func()}</{label}>"
        return wrapper
    return decorate
@tag("b")
@tag("i")
def text():
    return "hi"
print(text())
calls = []
def register(func):
    calls.append(func.__name__)
    return func
@register
def first(): pass
@register
def second(): pass
print(calls)
