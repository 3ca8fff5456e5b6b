# int.to_bytes / int.from_bytes: byte orders, two's complement, defaults and their errors.
def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


attempt(lambda: (1024).to_bytes(2, "big"))
attempt(lambda: (1024).to_bytes(4, byteorder="little"))
attempt(lambda: (5).to_bytes())
attempt(lambda: (-1).to_bytes(2, "big", signed=True))
attempt(lambda: (-128).to_bytes(1, "big", signed=True))
attempt(lambda: (0).to_bytes(0, "big"))
attempt(lambda: (2 ** 100).to_bytes(13, "little"))
attempt(lambda: True.to_bytes(1, "big"))
attempt(lambda: (1024).to_bytes(1, "big"))
attempt(lambda: (-1).to_bytes(2, "big"))
attempt(lambda: (128).to_bytes(1, "big", signed=True))
attempt(lambda: (-129).to_bytes(1, "big", signed=True))
attempt(lambda: (5).to_bytes(-1, "big"))
attempt(lambda: (5).to_bytes(2, "middle"))
attempt(lambda: int.from_bytes(b"\x01\x00", "big"))
attempt(lambda: int.from_bytes(b"\x01\x00", "little"))
attempt(lambda: int.from_bytes(b"\xff\xff", "big", signed=True))
attempt(lambda: int.from_bytes(b"\xff\xff"))
attempt(lambda: int.from_bytes([1, 2, 3], "big"))
attempt(lambda: int.from_bytes(b"", "big", signed=True))
attempt(lambda: int.from_bytes(b"\x80" + b"\x00" * 12, "big", signed=True))
attempt(lambda: bool.from_bytes(b"\x01", "big"))
attempt(lambda: int.from_bytes("ab", "big"))
for n in [0, 1, 255, 256, -256, 2 ** 63, -(2 ** 63) - 1]:
    data = n.to_bytes(10, "little", signed=True)
    print(n, data.hex(), int.from_bytes(data, "little", signed=True) == n)
