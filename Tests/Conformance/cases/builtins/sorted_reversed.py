# sorted and reversed on various iterables, with key and reverse.
print(sorted([3, 1, 2]), sorted("bca"), sorted({3: "a", 1: "b"}), sorted({5, 2, 7}))
print(sorted(["b", "A", "c"], key=str.lower), sorted([-3, 2, -1], key=abs, reverse=True))
data = [{"n": "x", "v": 2}, {"n": "y", "v": 1}, {"n": "z", "v": 2}]
print([d["n"] for d in sorted(data, key=lambda d: d["v"])])
print([d["n"] for d in sorted(data, key=lambda d: (-d["v"], d["n"]))])
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed((1, 2))), "".join(reversed("xyz")))
print(sorted([]), sorted([1.5, 1, True, 0.5]))
r = reversed([1, 2])
print(type(r).__name__, next(r), next(r), next(r, "end"))
