# Instance attribute creation, update, getattr with defaults, and methods as bound objects.
class Box:
    def __init__(self, content):
        self.content = content
    def show(self):
        return f"Box[{self.content}]"
b = Box("toy")
b.extra = 42
print(b.content, b.extra, getattr(b, "missing", "none"))
method = b.show
b.content = "book"
print(method())  # bound method sees the current state
print(Box.show(b), type(method).__name__)
boxes = [Box(i) for i in range(3)]
print([x.show() for x in boxes])
print(hasattr(b, "show"), hasattr(b, "nothing"))
