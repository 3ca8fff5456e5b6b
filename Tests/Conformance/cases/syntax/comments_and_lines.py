# Comments, explicit and implicit line joining, semicolons.
total = 1 + \
    2 + \
    3  # explicit continuation
print(total)
values = [
    1,   # implicit continuation inside brackets
    2,
    3,
]
print(values)
a = 1; b = 2; print(a + b)
if a: print("one-line if")
while b > 0: b -= 1
print(b)
call = max(
    4,
    9,
)
print(call)
