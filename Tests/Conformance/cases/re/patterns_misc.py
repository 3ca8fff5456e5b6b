# Regex features: classes, quantifiers (greedy/lazy), alternation, anchors, lookarounds, backrefs.
import re
print(re.findall(r"<.+>", "<a><b>"), re.findall(r"<.+?>", "<a><b>"))
print(re.findall(r"\b\w{3}\b", "one three six seven ten"), re.findall(r"[^aeiou\s]+", "hello world"))
print(re.findall(r"\d{2,3}", "1 12 123 1234"), re.findall(r"colou?r|gr[ae]y", "color grey gray colour"))
print(re.findall(r"\w+(?=!)", "wow! nice. yes!"), re.findall(r"(?<=\$)\d+", "cost $30 or $45"))
print(re.findall(r"(\w)\1", "bookkeeper"), re.search(r"(?P<c>\w)(?P=c)", "hello").group())
print(re.findall(r"\S+", " a\tb\nc "), re.findall(r"[A-Z][a-z]*", "HelloWorldFoo"))
print(re.match(r"\s*$", "   ") is not None, re.findall(r"\.", "a.b.c"), re.findall(r"[.]", "x.y"))
