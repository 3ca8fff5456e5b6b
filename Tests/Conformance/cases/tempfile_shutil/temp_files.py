# tempfile.NamedTemporaryFile / mkstemp / mkdtemp: names are random, so only properties are printed.
import os
import tempfile
with tempfile.NamedTemporaryFile("w+", suffix=".log", delete=True) as f:
    f.write("line\n")
    f.flush()
    f.seek(0)
    print(f.read(), end="")
    print(f.name.endswith(".log"), os.path.exists(f.name))
print(os.path.exists(f.name))
fd, path = tempfile.mkstemp(prefix="pb_")
os.write(fd, b"raw bytes")
os.close(fd)
with open(path, "rb") as f:
    print(f.read(), os.path.basename(path).startswith("pb_"))
os.remove(path)
d = tempfile.mkdtemp()
print(os.path.isdir(d), os.listdir(d))
os.rmdir(d)
print(os.path.exists(d), os.path.isdir(tempfile.gettempdir()))
