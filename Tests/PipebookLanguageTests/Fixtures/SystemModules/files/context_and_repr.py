# Context managers, reprs, print(file=...), writelines, and the file object's type.
import io
with open("log.txt", "w") as f:
    print(f is f.__enter__(), repr(f))
    print("first", 2, 3.5, file=f)
    print("second", file=f, end="!\n")
    f.writelines(["a\n", "b\n"])
    f.flush()
print(f.closed, repr(f))
print(open("log.txt").read(), end="")
with open("log.txt", "rb") as b:
    print(repr(b), b.name, b.closed)
print(isinstance(f, io.TextIOWrapper), isinstance(f, io.IOBase), isinstance(f, io.TextIOBase))
print(isinstance(b, io.BufferedReader), isinstance(b, io.BufferedIOBase), type(f).__name__, type(b).__name__)
print(type(open("log.txt", "ab")).__name__, type(open("log.txt", "r+b")).__name__)
with open("log.txt", encoding="UTF8") as u:
    print(repr(u))
def lines():
    with open("log.txt") as handle:
        for number, line in enumerate(handle, 1):
            yield number, line.rstrip("\n")
print(list(lines()))
try:
    with open("log.txt") as g:
        raise ValueError("inside")
except ValueError as e:
    print(e, g.closed)
