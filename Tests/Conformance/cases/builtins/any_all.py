# any and all: empty iterables, short-circuiting over generators.
print(any([]), all([]), any([0, 0, 1]), all([1, 1, 0]), any("") , all(""))
print(any([[], "", 0, None]), all([[0], "0", -1]))
checked = []
def check(n):
    checked.append(n)
    return n > 2
print(any(check(n) for n in range(10)), checked)
checked.clear()
print(all(check(n) for n in [5, 6, 1, 7]), checked)
words = ["alpha", "beta", "gamma"]
print(all(w.islower() for w in words), any(w.startswith("g") for w in words))
