# __len__, __getitem__, __setitem__, __delitem__, __contains__, __iter__ on a user container.
class Shelf:
    def __init__(self):
        self._items = {}
    def __len__(self):
        return len(self._items)
    def __getitem__(self, key):
        return self._items[key]
    def __setitem__(self, key, value):
        self._items[key] = value
    def __delitem__(self, key):
        del self._items[key]
    def __contains__(self, key):
        return key in self._items
    def __iter__(self):
        return iter(sorted(self._items))
s = Shelf()
s["b"] = 2
s["a"] = 1
s["c"] = 3
print(len(s), s["a"], "b" in s, "z" in s, list(s))
del s["b"]
print(len(s), list(s), bool(s))
print(sorted(s, reverse=True), [k * 2 for k in s])
class Squares:
    # Only __getitem__: iteration falls back to indexing until IndexError.
    def __getitem__(self, i):
        if i >= 5:
            raise IndexError(i)
        return i * i
print(list(Squares()), 9 in Squares(), Squares()[3])
class Empty:
    def __len__(self):
        return 0
print(bool(Empty()), "truthy" if Empty() else "falsy")
