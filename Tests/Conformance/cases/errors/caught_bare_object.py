# object() instances have no __dict__: setting, reading or deleting attributes fails; sentinels work.
def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


sentinel = object()
attempt(lambda: setattr(sentinel, "x", 1))
attempt(lambda: sentinel.x)
attempt(lambda: delattr(sentinel, "x"))
attempt(lambda: vars(sentinel))
attempt(lambda: hasattr(sentinel, "__dict__"))
attempt(lambda: setattr(object.__new__(object), "y", 2))
registry = {sentinel: "found"}
print(registry[sentinel], sentinel == sentinel, sentinel != object(), sentinel.__class__ is object)
print(type(sentinel).__name__, bool(sentinel), hash(sentinel) == hash(sentinel))
import copy
print(copy.copy(sentinel) is sentinel, type(copy.deepcopy(sentinel)) is object)


class Plain:
    pass


p = Plain()
p.x = 1
print(vars(p), isinstance(sentinel, object), isinstance(p, object))
