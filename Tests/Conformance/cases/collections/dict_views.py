# dict views are live, support set operations and membership.
d = {"a": 1, "b": 2, "c": 3}
keys = d.keys()
values = d.values()
items = d.items()
d["d"] = 4
print(list(keys), list(values), list(items))
print(len(keys), "a" in keys, 4 in values, ("b", 2) in items, ("b", 3) in items)
print(sorted(keys & {"a", "z"}), sorted(keys | {"z"}), sorted(keys - {"a", "b"}))
print(sorted(items & {("a", 1), ("c", 0)}))
for k, v in d.items():
    print(k, v, end="; ")
print()
print(d.keys() == {"a", "b", "c", "d"}, sum(d.values()))
