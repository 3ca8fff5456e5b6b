# Searching compares code points, never canonically equivalent sequences, and stays linear.
composed, decomposed = "\u00e9", "e\u0301"
text = "caf" + decomposed + "|caf" + composed + "|x"
print(text.split("|"))
print(text.count(composed), text.count("e"), text.count("\u0301"))
print(text.find(composed), text.find("\u0301"), text.rfind("caf"), text.index("x"))
print(text.replace(composed, "E"), text.replace("e", "3", 1))
print(text.partition(composed), text.rpartition("caf"))
print(decomposed.startswith(composed), (composed + "x").removeprefix(composed), ("x" + decomposed).removesuffix("\u0301"))
print("aaaa".split("aa"), "aaaaa".rsplit("aa"), "aaaaa".rsplit("aa", 1), "a,b,,c".rsplit(",", 2))
print("abc".replace("", "-"), "abc".replace("", "-", 2), "abc".replace("", "-", 0), "".replace("", "x"))
print("ab".replace("b", "", -1), "mississippi".replace("ss", "SS", 1), "mississippi".count("ss", 3))
print("mississippi".find("ss", 3, 6), "mississippi".rfind("ss", 0, 5), "mississippi".rindex("i"))
big = "|".join(str(i) for i in range(50000))
fields = big.split("|")
print(len(fields), fields[-1], big.count("|"), big.rfind("|0"), len(big.replace("|", ", ")))
print(len(big.rsplit("|")), big.partition("49999")[2] == "")
print(composed in text, "\u0301" in text, "" in "", "caf" in decomposed, composed in decomposed)
