# vars() of an instance; dir() of a user instance filtered to public names, sorted.
class Widget:
    kind = "button"
    def __init__(self, label):
        self.label = label
        self.size = 3
        self._hidden = True
    def click(self):
        return "clicked"
    def _private(self):
        pass
w = Widget("OK")
print(vars(w))
print(w.__dict__ is vars(w))
print(sorted(name for name in dir(w) if not name.startswith("_")))
w.extra = 1
print(sorted(name for name in dir(w) if not name.startswith("_")))
print("label" in dir(w), "kind" in vars(w))
