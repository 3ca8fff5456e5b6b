# finally runs on return/break/continue; a return in finally overrides and swallows.
def ret_in_try():
    try:
        return "from try"
    finally:
        print("finally runs before the return completes")
print(ret_in_try())
def finally_overrides():
    try:
        return "try value"
    finally:
        return "finally value"
print(finally_overrides())
def finally_swallows():
    try:
        raise RuntimeError("lost")
    finally:
        return "swallowed"
print(finally_swallows())
for i in range(3):
    try:
        if i == 1:
            continue
        if i == 2:
            break
        print("body", i)
    finally:
        print("finally", i)
def value_snapshot():
    x = 1
    try:
        return x
    finally:
        x = 2  # the return value was already computed
print(value_snapshot())
