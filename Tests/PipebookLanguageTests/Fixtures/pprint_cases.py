"""Programs for PprintModuleTests (stdlib/pprint.py): see generate_module_tests.py."""

GROUPS = {
    "layout": [
        '''
from pprint import pprint, pformat
data = {"b": [1, 2, {"x": (1, 2, 3), "y": {"deep": ["a" * 10, "b" * 10, "c" * 10]}}], "a": "short"}
for width in (80, 40, 20, 10, 1):
    print(pformat(data, width=width))
pprint((1,), width=1)
pprint((), width=1)
pprint([[]], width=1)
pprint({1: {}}, width=1)
pprint([(1, 2), [3, 4]] * 3, width=20)
''',
        '''
from pprint import pprint
pprint({3: "c", 1: "a", 2: "b", -1: "z"})
pprint({"b": 1, "a": 2, 1: 3, None: 4, (1, 2): 5}, width=20)
pprint({5, 3, 1, 4}, width=5)
pprint(frozenset({10, 2, 7}), width=10)
pprint(set(), width=1)
pprint(frozenset(), width=1)
pprint(list(range(30)), width=30, indent=3)
pprint({"k": list(range(12))}, indent=2, width=20)
pprint([1, [2, [3, [4, [5]]]]], depth=3)
pprint({"a": {"b": {"c": {}}}, "x": [[1]]}, depth=2)
pprint(list(range(100)), compact=True, width=40)
pprint([["ab"] * 6, ["cd"] * 3], compact=True, width=30)
pprint({"z": 1, "a": 2}, sort_dicts=False)
pprint(123456789, underscore_numbers=True)
pprint([10**12, -1234567], underscore_numbers=True)
''',
    ],
    "strings": [
        '''
from pprint import pprint, pformat
text = "The quick brown fox jumps over the lazy dog. " * 4
pprint(text)
pprint(text, width=30)
pprint({"doc": text, "n": 1}, width=50)
pprint(["line one\\nline two\\n" * 3], width=20)
pprint("no-spaces-at-all-" * 8, width=30)
print(pformat("short"), pformat(""), pformat("it's"))
pprint([("abcdefgh" * 6).encode()], width=30)
pprint(("0123456789" * 9).encode())
''',
    ],
    "recursion": [
        '''
import pprint
a = [1, 2]
a.append(a)
d = {"self": None}
d["self"] = d
print(pprint.saferepr(a).split(" with id=")[0], pprint.isrecursive(a), pprint.isreadable(a))
print(pprint.saferepr(d).startswith("{'self': <Recursion on dict with id="))
print(pprint.isreadable([1, "x", (2.5, None)]), pprint.isreadable([object]), pprint.isrecursive([[1]]))
print(pprint.saferepr({"b": 1, "a": [3, 2]}), pprint.saferepr((1,)), pprint.saferepr(()))
p = pprint.PrettyPrinter(width=20, indent=2)
print(p.pformat({"key": ["value1", "value2", "value3"]}))
print(p.isreadable({"a": 1}), p.isrecursive(a))
for kwargs in [{"indent": -1}, {"depth": 0}, {"width": 0}]:
    try:
        pprint.PrettyPrinter(**kwargs)
    except ValueError as exc:
        print("ValueError:", exc)
pprint.pp({"z": 1, "a": [1] * 30})
''',
    ],
    "collectionsTypes": [
        '''
from pprint import pprint
from collections import OrderedDict, defaultdict, Counter, deque, ChainMap, UserDict, UserList
pprint(OrderedDict((f"key{i}", "v" * i) for i in range(8)), width=40)
dd = defaultdict(list)
for i in range(6):
    dd["group" + str(i)].append("item" * i)
pprint(dd, width=40)
pprint(Counter("the quick brown fox jumps over the lazy dog"), width=40)
pprint(deque(range(30)), width=40)
pprint(deque(range(30), maxlen=40), width=40)
pprint(ChainMap({"a": list(range(10))}, {"b": list(range(10))}), width=40)
pprint(UserDict({"x": list(range(20))}), width=30)
pprint(UserList(list(range(20))), width=30)
pprint([OrderedDict(), defaultdict(int), Counter(), deque()], width=5)
''',
    ],
}
