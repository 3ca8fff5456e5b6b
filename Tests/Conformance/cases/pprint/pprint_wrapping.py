# pprint: short structures stay on one line, long ones wrap at width 80 with aligned indentation.
from pprint import pprint, pformat
pprint([1, 2, 3])
pprint({"b": 1, "a": 2})  # keys are sorted by default
pprint(list(range(40)))
pprint({f"key{i:02d}": "value " * (i % 3 + 1) for i in range(8)})
pprint(["a long string element number %d" % i for i in range(4)])
print(pformat((1, "two", 3.0)))
pprint({"nested": {"list": list(range(30)), "dict": {"x": [1, 2], "y": "z" * 60}}, "top": None})
