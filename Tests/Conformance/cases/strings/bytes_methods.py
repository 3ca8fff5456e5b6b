# bytes methods: ASCII case, splitting, stripping, joining, searching, hex and codecs.
b = b"  Hello, World\t\n"
print(b.upper(), b.lower(), b.swapcase(), b"hELLO".capitalize())
print(b.strip(), b.lstrip(), b.rstrip(), b"xxaxx".strip(b"x"), b.split())
print(b"ab1".isalnum(), b"ab".isalpha(), b"12".isdigit(), b" \t".isspace(), b"AB1".isupper(),
      b"ab1".islower(), b"\x80".isascii(), b"".isalpha())
print(b"a,b,,c".split(b","), b"a,b,,c".split(b",", 1), b"a,b,,c".rsplit(b",", 1))
print(b" a b  c ".split(None, 1), b" a b  c ".rsplit(None, 1), b"a\nb\r\nc\rd".splitlines(),
      b"a\nb\r\n".splitlines(True))
print(b"x".join([b"a", b"b", b"c"]), b"".join([]), b", ".join(w.encode() for w in ["p", "q"]))
print(b"abcabc".replace(b"b", b"XY"), b"ab".replace(b"", b"-"), b"aaa".replace(b"a", b"b", 2))
print(b"hello".find(b"l"), b"hello".rfind(b"l"), b"hello".find(108), b"hello".count(b"l"),
      b"hello".find(b"z"), b"hello".index(b"e", 1, 3), b"abc".count(b""), b"hello".rindex(b"l", -5, -1))
print(b"hello".startswith(b"he"), b"hello".endswith((b"x", b"lo")), b"hello".startswith(b"l", 2),
      b"hello".endswith(b"l", 0, 4))
print(b"a=b=c".partition(b"="), b"a=b=c".rpartition(b"="), b"abc".partition(b"x"))
print(b"prefix-x".removeprefix(b"prefix-"), b"x.py".removesuffix(b".py"))
print(b"\x01\xab\xff".hex(), b"\x01\x02\x03\x04\x05".hex(":"), b"\x01\x02\x03\x04\x05".hex("-", 2),
      b"\x01\x02\x03\x04\x05".hex(" ", -2), bytes.fromhex("01 ab FF"), bytes.fromhex(""))
print(b"caf\xc3\xa9".decode(), b"caf\xe9".decode("latin-1"), "café".encode("latin-1"),
      b"\xef\xbb\xbfx".decode("utf-8-sig"), "x".encode("utf-8-sig"))
print(b"\xff".decode("utf-8", "replace"), b"\xffa".decode("utf-8", errors="ignore"),
      "été".encode("ascii", "replace"))
