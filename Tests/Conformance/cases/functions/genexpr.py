# Generator expressions: laziness, single use, as sole call argument.
gen = (x * 2 for x in range(5))
print(type(gen).__name__)
print(next(gen), next(gen), list(gen), list(gen))
print(sum(x * x for x in range(10)), max(len(w) for w in ["a", "abc", "ab"]))
print(any(x > 3 for x in [1, 5]), all(x > 0 for x in []))
print(sorted((c for c in "banana"), reverse=True))
print(", ".join(str(n) for n in range(3)))
seen = []
def trace(x):
    seen.append(x)
    return x
lazy = (trace(x) for x in range(100))
print(next(lazy), next(lazy), seen)
print(dict((k, len(k)) for k in ["aa", "b"]))
nested = ((i, j) for i in range(3) for j in range(i))
print(list(nested))
