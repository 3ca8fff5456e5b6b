# 'and' / 'or' return one of their operands, not a bool; 'not' returns a bool.
print(0 or "default", "" or [] or None, 3 or 4)
print(1 and 2, 0 and 2, [] and "x", "a" and "b" and "c")
print(None or 0, not 0, not "x", not [])
print(repr("" and 5), repr(0.0 or ""))
def loud(v):
    print("evaluated", v)
    return v
print(loud(0) and loud(1))
print(loud(2) or loud(3))
x = None
name = x or "anonymous"
print(name)
