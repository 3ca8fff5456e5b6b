# pprint options: width, indent, depth, sort_dicts=False, compact.
from pprint import pprint, pformat
data = {"zeta": [1, 2, 3], "alpha": {"inner": [4, 5, 6], "deeper": {"x": 1}}, "mid": "text"}
pprint(data, width=30)
pprint(data, sort_dicts=False, width=40)
pprint(data, depth=1)
pprint(data, indent=4, width=30)
pprint(list(range(50)), compact=True)
pprint([[1, 2], [3, 4], (5, 6)], width=10)
print(pformat("a string" * 12, width=40))
