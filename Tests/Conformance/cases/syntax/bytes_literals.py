# Bytes literals: escapes, indexing gives ints, repr chooses printable ASCII.
b = b"AB\x00\xff\n"
print(b)
print(len(b), b[0], b[-1], b[1:3])
print(list(b"hi"))
print(b'it\'s', b"say \"hi\"")
print(bytes([72, 105]), bytes(3))
print(b"abc" + b"def", b"ab" * 3)
print(b"hello".upper(), b"a,b".split(b","))
print(b"caf\xc3\xa9".decode("utf-8"), "café".encode("utf-8"))
print(repr(b"'"), repr(b"'\""))
