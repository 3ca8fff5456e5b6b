# io.BytesIO: writes, reads, seeks past the end, lines, iteration, errors.
import io
def attempt(action):
    try:
        print("ok", repr(action()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
b = io.BytesIO(b"ab\ncd\nef")
print(b.read(1), b.readline(), b.tell(), b.getvalue(), list(b), b.read())
b.seek(0)
print(b.readlines(), b.seek(-2, 2), b.read(), b.seek(-100, 1), b.tell())
b.seek(12)
print(b.write(b"Z"), b.getvalue(), b.tell())
print(b.truncate(3), b.getvalue(), b.tell())
attempt(lambda: b.write("text"))
attempt(lambda: b.seek(-1))
attempt(lambda: b.seek(0, 3))
attempt(lambda: io.BytesIO("text"))
attempt(lambda: b.readline("x"))
b.close()
attempt(b.getvalue)
attempt(b.read)
attempt(lambda: b.write(b"x"))
print(b.closed)
with io.BytesIO() as c:
    c.write("é".encode())
    c.writelines([b"1", b"2"])
    print(c.getvalue(), len(c.getvalue()))
print(isinstance(c, io.BufferedIOBase), isinstance(c, io.IOBase), io.SEEK_SET, io.SEEK_CUR, io.SEEK_END)
