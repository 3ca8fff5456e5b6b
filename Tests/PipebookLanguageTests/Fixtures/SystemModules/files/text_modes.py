# open() in text mode: w, a, x, r+, w+, a+, reading by size, lines and iteration, tell/seek.
with open("notes.txt", "w") as f:
    print(f.write("alpha\nbeta\n"), f.write("gamma"), f.tell())
with open("notes.txt", "a") as f:
    print(f.tell(), f.write("\ndelta\n"))
with open("notes.txt") as f:
    print(repr(f.read(3)), repr(f.readline()), repr(f.readline(2)), repr(f.readline()), f.tell())
    print(f.readlines())
    print(repr(f.read()), repr(f.readline()))
with open("notes.txt") as f:
    print([line for line in f])
with open("notes.txt") as f:
    print(f.readlines(8), next(f), f.readable(), f.writable(), f.seekable())
with open("notes.txt", "r+") as f:
    print(repr(f.read(5)))
    f.seek(0)
    f.write("ALPHA")
    f.seek(0)
    print(repr(f.readline()))
with open("notes.txt", "w+") as f:
    f.write("one\ntwo\n")
    print(f.tell(), f.seek(0), f.read(), f.seek(0, 2), repr(f.read()))
with open("notes.txt", "a+") as f:
    print(f.tell(), repr(f.read()))
    f.seek(0)
    print(repr(f.read(3)))
    f.write("three\n")
with open("notes.txt") as f:
    print(repr(f.read()))
try:
    open("notes.txt", "x")
except FileExistsError as e:
    print(type(e).__name__, e.errno, e.strerror, e.filename, e)
with open("fresh.txt", "x") as f:
    f.write("made")
print(open("fresh.txt").read())
f = open("fresh.txt")
print(f.name, f.mode, f.encoding, f.closed, f.errors, f.line_buffering)
f.close()
f.close()
print(f.closed)
