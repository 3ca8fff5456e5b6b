# json.dumps options: indent, sort_keys, separators, ensure_ascii.
import json
data = {"name": "Zoë", "tags": ["x", "y"], "nested": {"b": 2, "a": 1}, "empty": [], "obj": {}}
print(json.dumps(data, indent=2))
print(json.dumps(data, indent=4, sort_keys=True))
print(json.dumps(data, separators=(",", ":")))
print(json.dumps(data, sort_keys=True, ensure_ascii=False))
print(json.dumps(["日本", "😀"]), json.dumps(["日本"], ensure_ascii=False))
print(json.dumps([1, [2, [3]]], indent="\t"))
print(json.dumps({"a": 1}, indent=0))
