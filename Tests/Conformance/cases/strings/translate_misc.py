# str.maketrans / translate, str.encode, str multiplication in joins, ord/chr round trip.
table = str.maketrans("abc", "xyz")
print("aabbcc".translate(table))
print("hello world".translate(str.maketrans("", "", "lo")))
print("ab".translate({ord("a"): "AA", ord("b"): None}))
print("héllo".encode(), "héllo".encode("utf-8").decode())
print("-" * 10)
print("".join(chr(ord(c) + 1) for c in "HAL"))
print("abc".index("c"), "a b".split(" ") == ["a", "b"])
