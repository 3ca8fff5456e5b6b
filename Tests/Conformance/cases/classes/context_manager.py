# __enter__/__exit__: ordering, the as-target, exception info, and suppression.
class Tracker:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None, exc)
        return self.suppress
with Tracker("a") as value:
    print("body sees", value)
with Tracker("outer"), Tracker("inner"):
    print("nested body")
with Tracker("quiet", suppress=True):
    raise ValueError("swallowed")
print("after suppressed error")
try:
    with Tracker("loud"):
        raise KeyError("k")
except KeyError as e:
    print("propagated", repr(e))
def early():
    with Tracker("ret"):
        return "returned value"
print(early())
