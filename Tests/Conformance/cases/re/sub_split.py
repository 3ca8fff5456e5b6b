# re.sub with backreferences, named references, callables and count; re.subn; re.split.
import re
print(re.sub(r"(\w+) (\w+)", r"\2 \1", "hello world, good morning"))
print(re.sub(r"(?P<y>\d{4})-(?P<m>\d\d)", r"\g<m>/\g<y>", "due 2024-05 and 2023-11"))
print(re.sub(r"\d+", lambda m: str(int(m.group()) * 2), "a1 b22 c333"))
print(re.sub(r"\s+", " ", "too    many   spaces", count=1), re.subn(r"a", "A", "banana"))
print(re.sub(r"x*", "-", "abc"), re.sub(r"^", "> ", "l1\nl2", flags=re.M))
print(re.split(r"[,;]\s*", "a, b;c,  d"), re.split(r"(\d)", "a1b2c"), re.split(r"\s", "a b c", maxsplit=1))
print(re.split(r",", ",a,,b,"), re.escape("1+1=2?"))
