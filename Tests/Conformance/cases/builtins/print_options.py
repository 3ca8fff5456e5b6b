# print() with sep, end, multiple args, no args, and file=sys.stderr (not part of stdout).
import sys
print("a", "b", "c")
print("a", "b", "c", sep="-")
print("x", end="")
print("y", end="!\n")
print()
print(1, 2.5, None, True, [1], sep=", ")
print("no separator", sep="")
print(*range(5), sep="")
print("to stderr", file=sys.stderr)
print("multi\nline", end="\n\n")
print("done", flush=True)
