"""Programs for StringModuleTests: see generate_module_tests.py."""

GROUPS = {
    "constants": [
        '''
import string
print(string.ascii_letters)
print(string.ascii_lowercase, string.ascii_uppercase)
print(string.digits, string.hexdigits, string.octdigits)
print(string.punctuation)
print(repr(string.whitespace), repr(string.printable), len(string.printable))
print(string.capwords("hello   big world"), string.capwords("a-b c-d", "-"), string.capwords(" x  yZ "), repr(string.capwords("")))
print(all(c in string.ascii_letters for c in "Python"), sum(c in string.punctuation for c in "a,b;c!"))
''',
    ],
    "template": [
        '''
from string import Template
t = Template("$who likes ${what}s, costs $$5")
print(t.substitute(who="Tim", what="apple"))
print(t.substitute({"who": "Ann", "what": "pear"}))
print(t.substitute({"who": "Ann", "what": "pear"}, what="fig"))
print(Template("$a and $b").safe_substitute(a="only a"))
print(Template("$a and ${b} and $").safe_substitute({"a": 1}))
print(Template("${x}y $x_1 $1 $").safe_substitute(x="X", x_1="Y"))
print(t.template, Template("$x$y").get_identifiers(), Template("$a $a ${b} $$c").get_identifiers())
print(Template("ok $x").is_valid(), Template("bad $").is_valid(), Template("bad ${x").is_valid())
for text, kwargs in [("$missing", {}), ("line1\\n  $ bad", {"bad": 1}), ("${x", {"x": 1}), ("$$", {})]:
    try:
        print(repr(Template(text).substitute(**kwargs)))
    except (KeyError, ValueError) as e:
        print(type(e).__name__ + ":", e)
class Percent(Template):
    delimiter = "%"
print(Percent("%name is %% %{n}").substitute(name="x", n=2))
print(Template("$x").substitute(x=[1, 2]), Template("é $é ${é}").safe_substitute(é=1))
''',
    ],
}
