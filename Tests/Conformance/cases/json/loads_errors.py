# json.loads errors: JSONDecodeError is a ValueError with position information.
import json
for bad in ['{"a": 1,}', "[1, 2", "", "nul", "{'single': 1}", '{"a" 1}', "[1] extra"]:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print(repr(bad), "->", e.msg, "| line", e.lineno, "col", e.colno, "pos", e.pos)
try:
    json.loads("[")
except ValueError as e:
    print("ValueError:", e)
