print(bytes(), bytes(3), bytes([1, 2, 255]), bytes(b"ab"), bytes(range(3)))
print(bytes("héllo", "utf-8"), bytes("héllo", "latin-1"), bytes("héllo", "ascii", "replace"), bytes("héllo", encoding="utf-8", errors="strict"))
for f in [lambda: bytes(3, "utf-8"), lambda: bytes("x", 3), lambda: bytes("x", "utf-8", 3),
          lambda: bytes(b"x", errors="strict"), lambda: bytes([1], "utf-8"), lambda: bytes("x"),
          lambda: bytes(-1), lambda: bytes([256]), lambda: bytes(["a"]), lambda: bytes("é", "ascii"),
          lambda: bytes(1, 2, 3, 4)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
print(isinstance(b"x", (bytes, bytearray)), isinstance(b"x", memoryview), bytearray.__name__, memoryview.__name__)
