# f-strings with nested replacement fields inside the format spec.
value = 3.14159265
for width in (8, 10):
    for precision in (2, 4):
        print(f"[{value:{width}.{precision}f}]")
align = "^"
fill = "*"
print(f"[{'mid':{fill}{align}{9}}]")
spec = ">+10.3f"
print(f"[{value:{spec}}]")
