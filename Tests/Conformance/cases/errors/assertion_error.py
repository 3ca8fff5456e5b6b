# Uncaught AssertionError carrying a message.
total = sum([1, 2, 3])
assert total == 6, "first check passes"
print("total ok")
assert total > 10, f"total too small: {total}"
