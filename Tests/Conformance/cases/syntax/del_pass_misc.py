# del on names, items, attributes and slices; pass and Ellipsis; multiple targets in for.
x = 1
del x
try:
    x
except NameError as e:
    print("NameError:", e)
d = {"a": 1, "b": 2, "c": 3}
del d["a"], d["b"]
print(d)
class Box:
    pass
b = Box()
b.value = 3
del b.value
print(hasattr(b, "value"))
nums = list(range(6))
del nums[::2]
print(nums)
def todo():
    pass
def later():
    ...
print(todo(), later(), ..., type(...).__name__)
for (i, ch), flag in zip(enumerate("ab"), [True, False]):
    print(i, ch, flag)
