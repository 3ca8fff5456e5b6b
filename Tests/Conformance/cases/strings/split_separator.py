# split on a separator: one byte (the fast path) and longer, ASCII and not, with maxsplit.
for text in ["a,b,,c", "", ",", ",,", "a,b,c", "é,ü,", "日本,語", "no separator here", "x,y\n,z"]:
    print(text.split(","), text.split(",", 1), text.split(",", 0), text.split(",", -1), text.split(sep=",", maxsplit=2))
    print(text.rsplit(","), text.rsplit(",", 1))
print("a::b::c".split("::"), "aaa".split("aa"), "日本語日本".split("本"), "é|é".split("|"))
try:
    "a".split("")
except ValueError as e:
    print("ValueError", e)
