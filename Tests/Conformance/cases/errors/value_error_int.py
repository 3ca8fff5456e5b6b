# Uncaught ValueError from int() on a non-numeric string.
print(int("42"))
print(int("x"))
