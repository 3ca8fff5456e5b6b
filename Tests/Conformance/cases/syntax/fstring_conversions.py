# f-string conversions !r, !s and !a.
s = "café\n"
print(f"{s!r}")
print(f"{s!s}|")
print(f"{s!a}")
print(f"{'x'!r:>6}|")
print(f"{42!r} {3.5!s}")
print(f"{[1, 'a']!s} {[1, 'a']!r}")
print(f"{'日本'!a}")
