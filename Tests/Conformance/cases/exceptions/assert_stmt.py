# assert with and without a message; the message expression is only evaluated on failure.
assert 1 + 1 == 2
assert True, "never shown"
try:
    assert 2 + 2 == 5, "math is broken"
except AssertionError as e:
    print("AssertionError:", e, e.args)
try:
    assert [], ["a", "list", "message"]
except AssertionError as e:
    print(e.args[0])
try:
    assert False
except AssertionError as e:
    print(repr(e), e.args)
