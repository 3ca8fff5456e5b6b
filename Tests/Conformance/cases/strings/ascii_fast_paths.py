# Case changes and whitespace splits of ASCII text (the fast path) against the general rules.
samples = ["hello world", "HELLO wORLD", "1st place, 2ND try", "", "a", "  lead and trail  ",
           "it's o'neil", "x1y2_z", "tab\tsep\nline\x0bvt\x0cff\rcr\x1cfs\x1dgs\x1ers\x1fus end"]
for s in samples:
    print(repr(s.upper()), repr(s.lower()), repr(s.casefold()), repr(s.swapcase()),
          repr(s.title()), repr(s.capitalize()))
    print(s.split(), s.split(None, 1), s.rsplit(None, 1), s.split(maxsplit=0), s.rsplit(maxsplit=2))
mixed = "café ÉTÉ ǆemal straße"
print(mixed.upper(), mixed.lower(), mixed.title(), mixed.capitalize(), mixed.split())
print("\u2003a\u00a0b\u3000c".split())
print("\u2003a\u00a0b  \u3000c\u2003".split(None, 1), "\u2003a\u00a0b  \u3000c\u2003".rsplit(None, 1))
print("ǆ ǅ Ǆ".title(), "ǆx".capitalize(), "ÉCOLE normale".capitalize(), "σς ΣΑΣ".title())
