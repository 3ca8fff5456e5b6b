# Multiple except clauses, tuples of types, bare except, and re-raise.
def classify(action):
    try:
        action()
    except (KeyError, IndexError) as e:
        return "lookup " + type(e).__name__
    except ZeroDivisionError:
        return "math"
    except Exception as e:
        return "other " + type(e).__name__
    return "fine"
print(classify(lambda: [][1]), classify(lambda: {}[0]), classify(lambda: 1 // 0))
print(classify(lambda: int("q")), classify(lambda: None))
def reraise():
    try:
        raise ValueError("original")
    except ValueError:
        print("logging, then re-raising")
        raise
try:
    reraise()
except ValueError as e:
    print("outer got", e)
try:
    raise RuntimeError("anything")
except:
    print("bare except caught it")
e = None
try:
    raise KeyError("x")
except KeyError as e:
    pass
try:
    print(e)
except NameError:
    print("the 'as' name is deleted after the except block")
