# find / rfind / index / rindex / count with start and end arguments.
s = "abracadabra"
print(s.find("a"), s.find("bra"), s.find("z"), s.find("a", 1), s.find("a", 1, 3), s.find(""))
print(s.rfind("a"), s.rfind("bra"), s.rfind("z"), s.rfind("a", 0, 5))
print(s.index("c"), s.rindex("b"), s.index("a", 4))
print(s.count("a"), s.count("bra"), s.count(""), s.count("a", 5), "aaaa".count("aa"))
try:
    s.index("zz")
except ValueError as e:
    print("ValueError:", e)
try:
    s.rindex("zz")
except ValueError as e:
    print("ValueError:", e)
