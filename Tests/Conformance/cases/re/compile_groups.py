# Compiled patterns, named groups, groupdict, flags IGNORECASE / MULTILINE / VERBOSE / DOTALL.
import re
date = re.compile(r"(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})")
m = date.search("released on 2024-03-15.")
print(m.group("year"), m["month"], m.groupdict(), m.lastgroup, date.pattern, date.groups)
print(date.findall("2020-01-01 / 1999-12-31"), date.sub(r"\g<day>.\g<month>.\g<year>", "on 2024-03-15"))
word = re.compile(r"python", re.IGNORECASE)
print(word.findall("Python PYTHON python pyThon"), bool(word.match("PyThOn rocks")))
lines = "first line\nsecond line\nthird"
print(re.findall(r"^\w+", lines, re.MULTILINE), re.findall(r"\w+$", lines, re.M))
print(re.findall(r"a.c", "a\nc abc", re.DOTALL), re.findall(r"a.c", "a\nc abc"))
phone = re.compile(r"""
    (\d{3})   # area code
    [-\s]?
    (\d{4})   # number
""", re.VERBOSE)
print(phone.match("555-1234").groups(), phone.flags & re.VERBOSE != 0)
print(re.match(r"(?i)hello", "HELLO").group(), re.findall(r"(?:ab)+", "ababxab"))
