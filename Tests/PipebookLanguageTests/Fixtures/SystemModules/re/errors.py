# re.error messages, positions, lines and columns, exactly as CPython's parser reports them.
import re
patterns = [r"*a", r"a**", r"a{2}*", r"a?+?", r"(a", r"a)", r"[a", r"[]", r"\q", r"(?P<1a>x)", r"(?P<a>x)(?P<a>y)", r"(?P=b)",
            r"(a)\2", r"(a\1)", r"(?<=a+)b", r"(?<=a|bc)d", r"a{3,2}", r"a(?i)b", r"(?z)", r"(?i", r"(?", r"\x4", r"\u12",
            "(?P<a", r"(?P", r"(?Px)", r"(?<x)", r"[z-a]", r"[\d-z]", "\\", r"^*", r"(?i-i:a)", r"(?-:a)", r"(?L)",
            "abc\ndef(", "a\n(b", r"[\A]", r"(?#abc", r"(?P<a-b>x)", r"\N{not a name}", r"\8", r"\400", r"(?a-u:x)",
            r"(?au)", r"(?x", r"(?-x:a", r"(?i-:a)", r"(?P<>x)", r"(?P=)", r"\N", r"\N{", r"[\8]", r"(?<=(?P<n>a)(?P=n))",
            r"x{99999999999}", r"\Z*", r"\b+"]
for pattern in patterns:
    try:
        re.compile(pattern)
        print(repr(pattern), "compiles")
    except re.error as e:
        print(repr(pattern), "error:", e, "|", e.msg, e.pos, e.lineno, e.colno, e.pattern == pattern)
    except Exception as e:
        print(repr(pattern), type(e).__name__ + ":", e)
for flags in [re.L, re.A | re.U]:
    try:
        re.compile("a", flags)
    except ValueError as e:
        print(type(e).__name__ + ":", e)
print(issubclass(re.error, Exception), re.error.__name__, re.error("plain").msg, str(re.error("m", "pat", 1)))
re.compile("*")
