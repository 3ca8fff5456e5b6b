# Text reading across CPython's 8192-byte chunks: multi-byte characters and \r\n split at the boundary, every newline mode, sizes, tell/seek.
import os
data = ("é" * 4095 + "\r\n" + "x" * 8190 + "\r" + "\n" + "😀" * 3000 + "\rA\r\nB\n" + "z" * 20000).encode()
with open("chunky.txt", "wb") as f:
    f.write(data)
for newline in [None, "", "\n", "\r", "\r\n"]:
    with open("chunky.txt", newline=newline) as f:
        lines = f.readlines()
        print(repr(newline), len(lines), [len(l) for l in lines], [l[-2:] for l in lines])
    with open("chunky.txt", newline=newline) as f:
        out = []
        while True:
            s = f.read(4097)
            if not s:
                break
            out.append(len(s))
        print(out)
    with open("chunky.txt", newline=newline) as f:
        sizes = []
        while True:
            s = f.readline(5000)
            if not s:
                break
            sizes.append(len(s))
        print(sizes)
with open("chunky.txt") as f:
    print(len(f.read()), f.tell())
with open("chunky.txt") as f:
    f.read(10)
    t = f.tell()
    a = f.read(5)
    f.seek(t)
    print(t, a == f.read(5))
with open("chunky.txt", "rb") as f:
    print(len(f.read(9000)), len(f.readline()), f.tell(), len(f.read()))
with open("small.txt", "w") as f:
    f.write("one\ntwo\nthree")
with open("small.txt") as f:
    print(f.readline(), f.tell(), f.read(2), f.tell(), f.readline(), f.tell(), f.read(), f.tell())
with open("small.txt", "r+") as f:
    f.write("ONE")
    print(f.tell(), repr(f.read()))
with open("small.txt", "a+") as f:
    f.seek(0)
    print(repr(f.readline()))
    f.write("!")
    print(f.tell())
print(repr(open("small.txt").read()))
