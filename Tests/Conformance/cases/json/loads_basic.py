# json.loads: types produced, unicode escapes, nesting, and round trips.
import json
doc = '{"int": 1, "float": 2.5, "exp": 1e3, "neg": -0.0, "list": [1, "two", null, true, false], "obj": {"k": "v"}}'
obj = json.loads(doc)
print(obj)
print({k: type(v).__name__ for k, v in obj.items()})
print(json.loads('"caf\\u00e9 \\ud83d\\ude00"'), json.loads("[]"), json.loads("  42  "), json.loads('"\\n"') == "\n")
print(json.loads("12345678901234567890"), json.loads("1.5e300"), json.loads("0.1"))
original = {"a": [1, 2, {"b": None}], "c": "ü"}
print(json.loads(json.dumps(original)) == original)
print(json.loads('{"dup": 1, "dup": 2}'))
