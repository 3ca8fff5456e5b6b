# Builtin open() on a temporary directory: write, append, read, readline(s), iteration, modes.
import os
import tempfile
with tempfile.TemporaryDirectory() as root:
    path = os.path.join(root, "log.txt")
    with open(path, "w") as f:
        print(f.write("first\n"), f.write("second\n"))
    with open(path, "a") as f:
        f.writelines(["third\n", "fourth"])
    with open(path) as f:
        print(repr(f.readline()), repr(f.read(3)), f.readlines())
    with open(path) as f:
        print([line.rstrip("\n") for line in f])
    with open(path, "rb") as f:
        data = f.read()
    print(data[:6], len(data), type(data).__name__)
    with open(path, "w", encoding="utf-8") as f:
        f.write("héllo")
    with open(path, encoding="utf-8") as f:
        print(f.read(), os.path.getsize(path))
    print(f.closed)
    try:
        open(os.path.join(root, "missing.txt"))
    except FileNotFoundError as e:
        print(type(e).__name__, e.errno, os.path.basename(e.filename))
