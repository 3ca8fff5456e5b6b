# __getattr__ on subclasses of builtin types: consulted only for names the object lacks.
class Bunch(dict):
    def __getattr__(self, key):
        try:
            return self[key]
        except KeyError:
            raise AttributeError(key)

    def __setattr__(self, key, value):
        self[key] = value


b = Bunch(data=[1, 2], target="t")
print(b.data, b.target, b["data"])
b.extra = 3
print(b["extra"], sorted(b.keys()))
print(b.get("data"), b.keys is not None)  # dict's own methods win
print(hasattr(b, "missing"), getattr(b, "missing", "default"))
try:
    b.missing
except AttributeError as e:
    print("AttributeError", e)


class Tagged(list):
    def __getattr__(self, name):
        return name.upper()


t = Tagged([3, 1])
print(t.anything, t.count(3), len(t))

