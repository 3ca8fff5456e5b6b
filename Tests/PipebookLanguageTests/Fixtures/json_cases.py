"""Programs for JsonModuleTests: see generate_module_tests.py."""
TEST_CLASS = "JSONModuleTests"

SHOW = '''
import json
def show(text, thunk):
    try:
        r = thunk()
    except Exception as e:
        print(text, "!!", type(e).__name__, e)
    else:
        print(text, "->", repr(r))
'''


def checks(*exprs, prelude=""):
    return SHOW + prelude + "".join(f"show({e!r}, lambda: {e})\n" for e in exprs)


LOADS_LOOP = '''
import json
for doc in %r:
    try:
        r = json.loads(doc)
    except json.JSONDecodeError as e:
        print(repr(doc), "!!", e, "|", e.msg, e.pos, e.lineno, e.colno)
    except Exception as e:
        print(repr(doc), "!!", type(e).__name__, e)
    else:
        print(repr(doc), "->", repr(r))
'''

GROUPS = {
    "dumpsValues": [
        checks("json.dumps({'a': 1, 'b': [1, 2.5, None, True, False], 'c': 'text'})", "json.dumps([])", "json.dumps({})",
               "json.dumps('s')", "json.dumps(None)", "json.dumps(3)", "json.dumps((1, 2))", "json.dumps(10**30)",
               "json.dumps(-10**30)", "json.dumps(-0.0)", "json.dumps(1e16)", "json.dumps(0.1)", "json.dumps(1/3)",
               "json.dumps(123.456e-300)", "json.dumps(True)", "json.dumps([float('inf'), float('-inf'), float('nan')])",
               "json.dumps({1: 'int key', 2.5: 'float key', True: 'bool key', None: 'none key', 10**20: 'big'})",
               "json.dumps({False: 0, 1.0: 'x'})", "json.dumps([[[]], [{}], {'a': {'b': None}}])"),
        checks("json.dumps('quote\" backslash\\\\ newline\\n tab\\t cr\\r bs\\b ff\\f')",
               "json.dumps('\\x00\\x1f\\x7f\\u2028 é 😀')", "json.dumps('\\x00\\x1f\\x7f\\u2028 é 😀', ensure_ascii=False)",
               "json.dumps(['日本', '😀', 'Zoë'])", "json.dumps({'日本': 'ü'}, ensure_ascii=False)",
               "json.dumps({'ü': 1})"),
    ],
    "dumpsOptions": [
        checks("json.dumps({'b': 1, 'a': 2, 'c': {'z': 1, 'y': 2}}, sort_keys=True)", "json.dumps({1: 1, 'a': 2}, sort_keys=True)",
               "json.dumps({2: 'a', 1: 'b', 1.5: 'c', True: 't'}, sort_keys=True)",
               "json.dumps([1, [], {}, [[]], {'a': []}], indent=2)", "json.dumps([1, 2], indent=-1)",
               "json.dumps({'a': [1, 2]}, indent='ab')", "json.dumps([1, 2], separators=(';', '='))",
               "json.dumps({'a': 1}, separators=(';', '='))", "json.dumps({'a': 1}, separators=[',', ':'])",
               "json.dumps({'a': [1, {'b': 2}]}, indent=4, separators=(',', ' = '))",
               "json.dumps([1], indent=True)", "json.dumps([1], indent='')", "json.dumps([1], indent=0)",
               "json.dumps({}, indent=2)", "json.dumps('a', indent=2)", "json.dumps(None, indent=2)",
               "json.dumps([1, (2, 3)], indent=1)", "json.dumps({'a': {}}, indent=3, sort_keys=True)",
               "json.dumps({'a': 1}, ensure_ascii=0, sort_keys=1)", "json.dumps({'x': [1, 2]}, indent='\\t')",
               "json.dumps(1, indent=1.5)", "json.dumps({'a': 1}, separators=(1, 2))", "json.dumps(obj=[1])"),
        checks("json.dumps(float('nan'), allow_nan=False)", "json.dumps([float('inf')], allow_nan=False, indent=1)",
               "json.dumps({float('nan'): 1}, allow_nan=False)", "json.dumps({float('nan'): 1})",
               "json.dumps({(1, 2): 1})", "json.dumps({(1, 2): 1}, skipkeys=True)",
               "json.dumps({(1, 2): 1, 'a': 2}, skipkeys=True, indent=2)", "json.dumps({'a': 1, (1,): 2, 'b': 3}, skipkeys=True)",
               "json.dumps(set())", "json.dumps(b'x')", "json.dumps(object)", "json.dumps({3}, default=list)",
               "json.dumps(1, 2)", "json.dumps(1, foo=2)", "json.dumps(1, cls=None)", "json.dumps()",
               "json.dumps({'a': 1}, default=1)", "json.dumps(object(), default=1)",
               "json.dumps(object(), default=lambda o: o)", "json.dumps(x)", "json.dumps(y)", "json.dumps([y, y])",
               "json.dumps([z, z])", "json.dumps(x, check_circular=False) if False else 'skipped'",
               prelude="x = []\nx.append(x)\ny = {}\ny['self'] = y\nz = [1]\n"),
        '''
import json
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
def encode(obj):
    if isinstance(obj, Point):
        return {"x": obj.x, "y": obj.y}
    if isinstance(obj, set):
        return sorted(obj)
    raise TypeError(f"cannot encode {type(obj).__name__}")
print(json.dumps({"p": Point(1, 2), "s": {3, 1, 2}, "n": [Point(0, Point(5, 6))]}, default=encode, indent=2))
try:
    json.dumps({"b": b"bytes"}, default=encode)
except TypeError as e:
    print("TypeError:", e)
print(json.dumps({"k": (1, 2)}, default=str), json.dumps(Point(1, 2), default=vars))
''',
        '''
import json
class Sink:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
sink = Sink()
print(json.dump({"items": [1, 2, 3], "ok": True}, sink, indent=1))
print("".join(sink.parts))
sink = Sink()
json.dump([1, "a", None], sink)
print("".join(sink.parts))
try:
    json.dump([float("nan")], Sink(), allow_nan=False)
except ValueError as e:
    print("ValueError:", e)
try:
    json.dump([1])
except TypeError as e:
    print("TypeError:", e)
''',
    ],
    "loads": [
        '''
import json
doc = '{"int": 1, "float": 2.5, "exp": 1e3, "neg": -0.0, "list": [1, "two", null, true, false], "obj": {"k": "v"}}'
obj = json.loads(doc)
print(obj)
print({k: type(v).__name__ for k, v in obj.items()})
print(json.loads('"caf\\\\u00e9 \\\\ud83d\\\\ude00"'), json.loads("[]"), json.loads("  42  "), json.loads('"\\\\n"') == "\\n")
print(json.loads("12345678901234567890"), json.loads("1.5e300"), json.loads("0.1"), json.loads("-12"))
original = {"a": [1, 2, {"b": None}], "c": "ü", "d": [1.5, -2, "x\\ty"]}
print(json.loads(json.dumps(original)) == original, json.loads(json.dumps(original, indent=2)) == original)
print(json.loads('{"dup": 1, "x": 0, "dup": 2}'))
print(json.loads(b'[1, "\\xc3\\xa9"]'), json.loads(b'\\xef\\xbb\\xbf{"a": 2}'))
print(json.loads(s='[1]'))
''',
        LOADS_LOOP % (['{"a": 1,}', '[1,]', '[1 2]', '{"a" 1}', '{"a": 1 "b": 2}', '{1: 2}', '{', '[', '"abc',
                       '"a\\x"', '"\\u12"', '"\\u12G4"', '"a\nb"', 'tru', '-', '-a', '01', '1.',
                       '1e', '1.5e+', '-0', '1E5', '1e-5', '2.5E+3', 'NaN', '-Infinity', 'Infinity', 'nan',
                       '[NaN, -NaN]', ' ', '', '\ufeff[]', '{"a":1}x', '[1]\n\n  x', '{"a":\n1,\n"b"}', '"\\/"',
                       '"\t"', '{"a": [}', '  [1, {"x": tru}]', '"\\', '"\\u', '"\\u1234', '"\\ud83d\\ude00"',
                       '"\\ud83d\\"', '123abc', '[1,2', '{"a":1', '{"a"', '{"a":', '[-]', '[--1]', '1.5.3',
                       '{"":[]}', '[true,false,null]', '"\x7f"', '[1e400]', '[-1e400]', '12345678901234567890123',
                       '\r\n\t[\r\n]\t', 'nul', 'fals', '"\\t\\b\\f\\r\\n\\"\\\\"', '[1, "é", {"ü": "x"}]\n x'],),
        checks("json.loads(1)", "json.loads(None)", "json.loads()", "json.loads('1', 2)", "json.loads('1', foo=2)",
               "json.loads('[1.5, 2]', parse_float=str)", "json.loads('{\"a\": 5}', parse_int=float)",
               "json.loads('[NaN, Infinity, -Infinity]', parse_constant=str)",
               "json.loads('{\"a\": 1, \"b\": [2]}', object_pairs_hook=list)",
               "json.loads('{\"a\": {\"b\": 1}}', object_hook=lambda d: sorted(d.items()))",
               "json.loads('{\"a\": 1}', object_hook=len, object_pairs_hook=list)",
               "json.loads('\"a\\tb\"', strict=False)", "json.loads('\"a\\tb\"', strict=True)",
               "json.loads('[1]', object_hook=None, parse_float=None)"),
        '''
import json
def as_point(obj):
    if set(obj) == {"x", "y"}:
        return (obj["x"], obj["y"])
    return obj
print(json.loads('{"points": [{"x": 1, "y": 2}, {"x": 3, "y": 4}], "n": 2}', object_hook=as_point))
class Source:
    def read(self):
        return '{"from": "read"}'
print(json.load(Source()), json.load(fp=Source(), object_hook=dict.keys))
''',
    ],
    "decodeError": [
        '''
import json
print(issubclass(json.JSONDecodeError, ValueError), json.JSONDecodeError.__name__, json.JSONDecodeError.__module__)
e = json.JSONDecodeError("bad thing", "ab\\ncd\\nef", 7)
print(e, e.msg, repr(e.doc), e.pos, e.lineno, e.colno, e.args)
try:
    json.loads("[1, 2")
except ValueError as e:
    print(type(e).__name__, e)
json.loads('{"a": }')
''',
        '''
import json
try:
    json.loads("[" * 100000)
except RecursionError as e:
    print("RecursionError:", e)
try:
    json.loads('{"a": ' * 50000)
except RecursionError as e:
    print("RecursionError:", e)
print(len(json.dumps(json.loads("[" * 500 + "]" * 500))))
x = []
for i in range(100000):
    x = [x]
try:
    json.dumps(x)
except RecursionError as e:
    print("RecursionError:", e)
x = None  # released here, on the interpreter's large stack
''',
    ],
}
