# Values shown by IPython's pretty printer: regenerate.py runs SETUP and shows each expression
# with IPython; PrettyPrinterTests does the same with Pipebook's stdlib/_pretty.py.
SETUP = '''
from collections import Counter, OrderedDict, defaultdict, deque
from datetime import date, datetime, timedelta, timezone

class Multiline:
    def __repr__(self):
        return "Multiline(\\n  a=1,\\n  b=2)"

class Pretty:
    def _repr_pretty_(self, p, cycle):
        with p.group(4, "Pretty<", ">"):
            for i in range(30):
                if i:
                    p.text(",")
                    p.breakable()
                p.text(str(i * 1000))

looped = [1, 2]
looped.append(looped)
'''

CASES = [
    "datetime(2024, 5, 1, 12, 30, 5, 250000, tzinfo=timezone.utc)",
    "[date(2024, 5, 1), timedelta(seconds=90)]",
    "{'StepName': 'AbaloneTrain', 'StartTime': datetime(2024, 5, 1, 12, 30, tzinfo=timezone.utc), 'EndTime': datetime(2024, 5, 1, 12, 31, 2, 5, tzinfo=timezone.utc), 'StepStatus': 'Succeeded'}",
    "list(range(10))",
    "list(range(40))",
    "[list(range(i)) for i in range(15)]",
    "{f'key{i}': list(range(i)) for i in range(12)}",
    "{'b': 1, 'a': 2, 'c': 3}",
    "{'outer': {'inner': list(range(30)), 'name': 'abalone'}, 'other': [1.5, 2.25]}",
    "tuple((i, str(i) * 5) for i in range(20))",
    "(1,)",
    "()",
    "[]",
    "{}",
    "set()",
    "frozenset()",
    "{3, 1, 2}",
    "frozenset({5, 4})",
    "{'pear', 'apple', 'fig'}",
    "set(range(50))",
    "'a string'",
    "'x' * 100",
    "b'bytes'",
    "1.5",
    "10 ** 30",
    "True",
    "None",
    "['a' * 30, 'b' * 30, 'c' * 30]",
    "[[[1, 2, [3, 4, [5, 6] * 5] * 3]] * 2]",
    "Counter('abracadabra')",
    "OrderedDict([(1, 2), (3, 4)])",
    "OrderedDict()",
    "defaultdict(list, {'a': [1]})",
    "deque(range(5))",
    "deque(range(3), maxlen=5)",
    "ValueError('bad', 3)",
    "KeyError('k')",
    "int",
    "range(10)",
    "slice(1, 2)",
    "[[1, 2, 3]] * 30",
    "list(range(1200))",
    "{i: 'x' * i for i in range(30)}",
    "[{'name': 'abalone', 'rows': 4177, 'features': ['sex', 'length', 'diameter', 'height']}] * 3",
    "[Multiline(), Multiline()]",
    "Pretty()",
    "looped",
    "{'key': 'value ' * 20, 'numbers': list(range(25))}",
]
