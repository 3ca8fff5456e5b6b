# string.Template substitution, safe_substitute and $$ escaping.
from string import Template
t = Template("$who likes ${what}s, costs $$5")
print(t.substitute(who="Tim", what="apple"))
print(t.substitute({"who": "Ann", "what": "pear"}))
print(Template("$a and $b").safe_substitute(a="only a"))
try:
    Template("$missing").substitute()
except KeyError as e:
    print("KeyError:", e)
