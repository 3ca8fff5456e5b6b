# collections.OrderedDict: move_to_end, popitem(last=...), order-sensitive equality, repr.
from collections import OrderedDict
od = OrderedDict()
od["first"] = 1
od["second"] = 2
od["third"] = 3
print(od)
od.move_to_end("first")
print(list(od))
od.move_to_end("third", last=False)
print(list(od))
print(od.popitem(), od.popitem(last=False), od)
a = OrderedDict([("x", 1), ("y", 2)])
b = OrderedDict([("y", 2), ("x", 1)])
print(a == b, dict(a) == dict(b), a == {"y": 2, "x": 1})
