# io.StringIO: write, getvalue, seek/tell, read, readline, iteration, print(file=...).
import io
buf = io.StringIO()
print(buf.write("hello "), buf.write("world\n"))
print("second line", 42, file=buf)
print(repr(buf.getvalue()), buf.tell())
buf.seek(0)
print(repr(buf.read(5)), repr(buf.readline()), repr(buf.readline()), repr(buf.readline()))
reader = io.StringIO("a\nb\nc")
print([line.rstrip("\n") for line in reader])
reader.seek(0)
print(reader.readlines())
with io.StringIO("context") as f:
    print(f.read())
print(f.closed)
b = io.BytesIO()
b.write(b"bytes ")
b.write("é".encode())
print(b.getvalue(), len(b.getvalue()))
