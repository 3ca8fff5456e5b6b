# f-strings: expressions, nested quotes, method calls, escaped braces.
name = "Ada"
items = [1, 2, 3]
print(f"hello {name}")
print(f"{name.upper()} has {len(name)} letters")
print(f"{items[0] + items[-1]} {sum(items) * 2}")
print(f"{{literal}} {{{name}}}")
print(f"{'nested' + ' quotes'}")
print(f"{ {'a': 1}['a'] }")
print(f"{3 if name else 4}")
print(f"{[x * x for x in items]}")
print(F"capital F {name!r}")
print(f"multi" f"part {name}" "plain")
