# Chained comparisons evaluate each operand once and short-circuit.
x = 5
print(1 < x < 10, 1 < x > 10, 1 < x <= 5 < 6, 3 == 3 == 3.0, 1 != 2 != 1)
calls = []
def val(v):
    calls.append(v)
    return v
print(val(1) < val(2) < val(3))
print(calls)
calls.clear()
print(val(3) < val(2) < val(1))
print(calls)  # the third operand is never evaluated
print("a" < "b" < "c", [1, 2] < [1, 3], (1, 2) < (1, 2, 0))
print(1 < 2 > 1, 0 < 0.5 < True)
