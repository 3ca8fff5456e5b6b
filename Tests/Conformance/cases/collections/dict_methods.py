# dict methods: get, setdefault, pop, popitem, update, keys/values/items, copy, fromkeys, clear.
d = {"a": 1, "b": 2}
print(d.get("a"), d.get("z"), d.get("z", 0))
print(d.setdefault("c", 3), d.setdefault("a", 99), d)
print(d.pop("b"), d.pop("missing", "default"), d)
d.update({"x": 10}, y=20)
d.update([("z", 30)])
print(d)
print(d.popitem(), d)
print(list(d.keys()), list(d.values()), list(d.items()))
e = d.copy()
e["a"] = 100
print(d["a"], e["a"])
print(dict.fromkeys(["p", "q"]), dict.fromkeys("ab", 0))
print(len(d), "a" in d, "zz" in d)
del d["a"]
print(d)
d.clear()
print(d, bool(d))
print(dict(a=1, b=2), dict([(1, 2), (3, 4)]), dict({"k": "v"}, extra=True))
print({**{"a": 1}, **{"b": 2, "a": 3}})
print({"a": 1} | {"b": 2}, {"a": 1, "b": 2} | {"a": 9})
