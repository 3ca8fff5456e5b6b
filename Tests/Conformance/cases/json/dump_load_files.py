# json.dump / json.load through io.StringIO, and object_hook for custom decoding.
import io
import json
buffer = io.StringIO()
json.dump({"items": [1, 2, 3], "ok": True}, buffer, indent=1)
print(buffer.getvalue())
buffer.seek(0)
print(json.load(buffer))
def as_point(obj):
    if set(obj) == {"x", "y"}:
        return (obj["x"], obj["y"])
    return obj
print(json.loads('{"points": [{"x": 1, "y": 2}, {"x": 3, "y": 4}], "n": 2}', object_hook=as_point))
print(json.loads("[1.5, 2]", parse_float=str), json.loads('{"a": 5}', parse_int=float))
