# 'in', 'not in', 'is', 'is not' across containers.
print(2 in [1, 2, 3], 4 not in (1, 2), "ell" in "hello", "" in "abc")
print("k" in {"k": 1}, 1 in {"k": 1}, 3 in {1, 2, 3}, 2 in range(0, 10, 2), 3 in range(0, 10, 2))
print(None is None, [] is [], [] == [])
a = [1]
b = a
print(a is b, a is not b, a is not [1])
print(1 in [1.0], True in [1], 0 in [False])
print(float("nan") in [float("nan")])
nan = float("nan")
print(nan in [nan], nan == nan)  # identity is checked before equality
