# json.dumps of every JSON type, default separators, and Python-to-JSON mapping.
import json
print(json.dumps({"a": 1, "b": [1, 2.5, None, True, False], "c": "text"}))
print(json.dumps([]), json.dumps({}), json.dumps("s"), json.dumps(None), json.dumps(3))
print(json.dumps((1, 2)), json.dumps({1: "int key", 2.5: "float key", True: "bool key", None: "none key"}))
print(json.dumps("quote\" backslash\\ newline\n tab\t"))
print(json.dumps([1.0, 0.1, 1e20, 1e-7, 3.14159, -0.0, 10 ** 20]))
print(json.dumps(float("inf")), json.dumps(float("nan")))
