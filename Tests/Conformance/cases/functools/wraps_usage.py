# functools.wraps copies __name__ and __doc__ and sets __wrapped__; without it they are lost.
from functools import wraps
def logged(func):
    @wraps(func)
    def wrapper(*args, **kwargs):
        print(f"calling {func.__name__}{args}")
        return func(*args, **kwargs)
    return wrapper
def unwrapped_deco(func):
    def wrapper(*args):
        return func(*args)
    return wrapper
@logged
def add(a, b):
    """Add two numbers."""
    return a + b
@unwrapped_deco
def sub(a, b):
    """Subtract."""
    return a - b
print(add(2, 3), add.__name__, add.__doc__, add.__wrapped__(1, 1))
print(sub(5, 3), sub.__name__, sub.__doc__)
