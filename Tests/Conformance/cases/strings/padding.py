# center / ljust / rjust / zfill / expandtabs.
print("[" + "ab".center(7) + "]", "[" + "ab".center(7, "*") + "]", "[" + "abc".center(6, "-") + "]")
print("[" + "ab".ljust(5) + "]", "[" + "ab".rjust(5, ".") + "]", "[" + "toolong".ljust(3) + "]")
print("42".zfill(5), "-42".zfill(5), "+7".zfill(4), "abc".zfill(6), "12345".zfill(3))
print(repr("a\tbc\td".expandtabs(4)), repr("\tx".expandtabs()))
