# dicts keep insertion order; re-assigning keeps position, delete+insert moves to end.
d = {}
for key in ["zeta", "alpha", "mid", "beta"]:
    d[key] = len(key)
print(d)
d["alpha"] = 0
print(list(d))
del d["zeta"]
d["zeta"] = 99
print(list(d))
print({3: "c", 1: "a", 2: "b"})
counts = {}
for ch in "mississippi":
    counts[ch] = counts.get(ch, 0) + 1
print(counts)
print(list(reversed(d)), list(reversed(d.items()))[0])
