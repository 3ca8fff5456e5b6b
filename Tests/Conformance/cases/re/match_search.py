# re.match (anchored at start), re.search, re.fullmatch; match objects' group/span/start/end.
import re
print(re.match(r"\d+", "123abc"), re.match(r"\d+", "abc123"))
m = re.search(r"(\w+)@(\w+)\.com", "contact: alice@example.com today")
print(m.group(), m.group(1), m.group(2), m.groups(), m.span(), m.start(2), m.end())
print(re.fullmatch(r"[a-z]+", "hello") is not None, re.fullmatch(r"[a-z]+", "hello!") is None)
print(re.search(r"^b", "a\nb") , re.search(r"^b", "a\nb", re.MULTILINE).span())
m2 = re.match(r"(a)(b)?", "ac")
print(m2.groups(), m2.groups("default"), m2.group(0, 1), m2[1], bool(m2))
print(re.search(r"colou?r", "The color red").group(), re.search(r"x*", "abc").group() == "")
