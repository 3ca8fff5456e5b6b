# Builtins and str methods called with one or two arguments, which call sites run through
# fast entries, against the general path: results, lengths of the strs they make, errors.
def attempt(label, thunk):
    try:
        print(label, repr(thunk()))
    except Exception as e:
        print(label, type(e).__name__, e)

# len and isinstance, plain and through a name bound to them.
class Sized:
    def __len__(self):
        return 7
class Shorter(list):
    def __len__(self):
        return 1
size = len
print(len("héllo"), len([1, 2]), len(Sized()), len(Shorter([1, 2, 3])), size("abc"))
attempt("len(5)", lambda: len(5))
attempt("len(None)", lambda: len(None))
print(isinstance(3, int), isinstance("a", (int, str)), isinstance(True, int), isinstance(3.0, int))
attempt("isinstance(3, 4)", lambda: isinstance(3, 4))

# str(x) and int(x).
class Shown:
    def __str__(self):
        return "shown"
class BadStr:
    def __str__(self):
        return 5
class Number:
    def __int__(self):
        return 42
class Index:
    def __index__(self):
        return 9
for x in [0, -12, 10**20, True, 2.5, None, "text", Shown(), [1, "a"]]:
    s = str(x)
    print(repr(s), len(s))
attempt("str(BadStr())", lambda: str(BadStr()))
for x in ["12", " -7 ", "1_000", "+3", "0", 3.9, -3.9, True, Number(), 10**20, "١٢"]:
    attempt("int(%s)" % type(x).__name__, lambda: int(x))
for x in ["", "1.5", "abc", "1__0", None, [1], Index()]:
    attempt("int(%s)" % type(x).__name__, lambda: int(x))

# Case methods: ASCII and not; lengths of the results.
for s in ["", "abc", "Hello World", "straße", "ǆemal", "ÉCOLE", "a\u0301b"]:
    results = [s.upper(), s.lower(), s.capitalize(), s.title(), s.swapcase(), s.casefold()]
    print(results, [len(r) for r in results])
up = str.upper
print(up("mixed Case"), str.lower("ABC"))

# split with no, None, one-byte and longer separators; pieces of non-ASCII text.
for s in ["a:b:c", ":a::b:", "", "é:ü:x", "caf\u00e9|na\u00efve|x", "  spaced  out\ttext\n", "\u2003a\u3000b"]:
    for parts in [s.split(), s.split(None), s.split(":"), s.split("|"), s.split("::"), s.split("é")]:
        print(parts, [len(p) for p in parts])
attempt("split('')", lambda: "abc".split(""))
attempt("split(5)", lambda: "abc".split(5))
print("a b c".split(None, 1), "a:b:c".split(":", 1), "a:b:c".split(sep=":"))
name, value = "alpha:12".split(":")
print(name.upper(), int(value) + len(name.upper()))

# join of lists, tuples, generators; errors name the first bad item.
print("-".join(["a", "bé", "c"]), "".join(("x", "y")), ", ".join(w.capitalize() for w in ["ab", "cd"]))
joined = "é".join(["a", "b"])
print(joined, len(joined), len("".join([])), repr(" ".join(["only"])))
attempt("join ints", lambda: ",".join(["a", 1, 2]))
attempt("join non-iterable", lambda: ",".join(5))

# list.append through the fast entry; a subclass's own append and an instance's own attribute.
items = []
for i in range(3):
    items.append(i * i)
print(items)
class Logged(list):
    def append(self, x):
        print("appending", x)
        super().append(x)
logged = Logged()
logged.append(5)
print(logged)
class Plain(list):
    pass
plain = Plain()
plain.append = lambda x: print("own append", x)
plain.append(6)
print(plain, len(plain))

# Building a string in place, then measuring it.
s = ""
for i in range(12):
    s += str(i % 10)
s += "é"
print(s, len(s), s[-3:])

# join: a TypeError raised while iterating is not replaced; sep non-ASCII between ASCII parts.
def failing():
    yield "a"
    raise TypeError("inside the generator")
attempt("join failing", lambda: "-".join(failing()))
print("·".join(["a", "b", "c"]), len("·".join(["a", "b", "c"])), "ab".join("xyz"))
attempt("rsplit(5)", lambda: "abc".rsplit(5))
