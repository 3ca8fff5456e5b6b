# str.split / rsplit / join with and without separators and maxsplit.
s = "  the quick  brown\tfox\n"
print(s.split())
print(s.split(" "))
print("a,b,,c".split(","), "a,b,,c".split(",", 1), "a,b,,c".rsplit(",", 1))
print("a b c d".split(maxsplit=2), "a b c d".rsplit(maxsplit=2), "a b c d".rsplit(None, 1))
print("".split(), "".split(","), "   ".split(), "abc".split("abc"))
print("x--y--z".split("--"), "1<>2<>3".rsplit("<>", 5))
print("-".join(["a", "b", "c"]), "".join("xyz"), ", ".join(str(n) for n in range(4)))
print(" ".join([]), "+".join(["solo"]))
