# Uncaught AssertionError without a message: the !! line has no colon.
print("checking")
assert 1 > 2
