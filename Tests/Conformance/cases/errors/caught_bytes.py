# Messages of errors from bytes methods and codecs, caught and printed.
def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


attempt(lambda: b"a".split(","))
attempt(lambda: b"a".join(["x"]))
attempt(lambda: b"a".startswith("a"))
attempt(lambda: b"a".find(300))
attempt(lambda: b"a".find("a"))
attempt(lambda: b"abc".index(b"z"))
attempt(lambda: bytes.fromhex("0g"))
attempt(lambda: bytes.fromhex("abc"))
attempt(lambda: b"a".split(b""))
attempt(lambda: b"a".hex("::"))
attempt(lambda: b"a".replace("a", b"b"))
attempt(lambda: bytes.upper("x"))
attempt(lambda: b"\xff".decode())
attempt(lambda: b"ab\xc3".decode())
attempt(lambda: b"\xe9t\xe9".decode("ascii"))
attempt(lambda: "été".encode("ascii"))
attempt(lambda: "ab\u20ac\u20ac".encode("latin-1"))
