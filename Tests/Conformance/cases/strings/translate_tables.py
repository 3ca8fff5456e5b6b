# str.maketrans (one dict, two strings, a third of deletions) and str.translate with any mapping.
table = str.maketrans("abc", "xyz", "q")
print(sorted(table.items()))
print("aqbc".translate(table), "x".translate({}))
print("abc".translate({97: "AA", 98: None, 99: 100}))
print(sorted(str.maketrans({"a": "b", 98: None}).items()))
print("Hello, World!".translate(str.maketrans("", "", ",!")))


class Shout:
    """A mapping with __getitem__ only; LookupError keeps the character."""

    def __getitem__(self, code):
        if chr(code) in "aeiou":
            raise LookupError(code)
        return chr(code).upper()


print("translate me".translate(Shout()), "abc".translate(["-"] * 98))


def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


attempt(lambda: str.maketrans("ab", "c"))
attempt(lambda: str.maketrans({"ab": 1}))
attempt(lambda: str.maketrans({1.5: 1}))
attempt(lambda: str.maketrans([1]))
attempt(lambda: str.maketrans(1, "a"))
attempt(lambda: str.maketrans("a", 1))
attempt(lambda: str.maketrans("a", "b", 3))
attempt(lambda: "a".translate({97: 1.5}))
attempt(lambda: "a".translate({97: 0x110000}))
