# re.findall (with 0, 1 and several groups) and re.finditer.
import re
text = "Order 66 shipped 3 items at 12:45 and 7 items at 09:05"
print(re.findall(r"\d+", text))
print(re.findall(r"(\d+) items", text))
print(re.findall(r"(\d\d):(\d\d)", text))
for m in re.finditer(r"\b[a-z]+ed\b", text):
    print(m.group(), m.start(), m.end())
print(re.findall(r"[aeiou]", "rhythm"), re.findall(r"a|b", "cabbage"), re.findall(r"", "ab"))
print([m.span() for m in re.finditer(r"o", "foo boo")])
