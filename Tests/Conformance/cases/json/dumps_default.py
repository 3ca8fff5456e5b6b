# json.dumps default= hook for unsupported types, and the TypeError without it.
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
print(json.dumps({"p": Point(1, 2), "s": {3, 1, 2}}, default=encode))
try:
    json.dumps({"p": Point(0, 0)})
except TypeError as e:
    print("TypeError:", e)
try:
    json.dumps({"b": b"bytes"}, default=encode)
except TypeError as e:
    print("TypeError:", e)
print(json.dumps({"k": (1, 2)}, default=str))
