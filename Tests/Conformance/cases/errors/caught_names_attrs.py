# Caught NameError, UnboundLocalError and AttributeError messages (str(e) never carries hints).
import math
def show(action):
    try:
        action()
    except Exception as e:
        print(type(e).__name__, e)
def uses_undefined():
    return undefined_name_here
def reads_before_assign():
    print(value)
    value = 1
def deletes_then_reads():
    y = 1
    del y
    return y
class Thing:
    pass
show(uses_undefined)
show(reads_before_assign)
show(deletes_then_reads)
show(lambda: (5).foo)
show(lambda: "text".foo)
show(lambda: [].push(1))
show(lambda: None.attribute)
show(lambda: Thing().missing)
show(lambda: Thing.missing)
show(lambda: int.missing)
show(lambda: math.missing)
show(lambda: setattr(5, "x", 1))
show(lambda: delattr(Thing(), "nothing"))
show(lambda: object().__dict__)
