# __repr__ and __str__: which one print, str(), repr(), f-strings and containers use.
class Both:
    def __repr__(self):
        return "Both()"
    def __str__(self):
        return "both as str"
class ReprOnly:
    def __repr__(self):
        return "ReprOnly<1>"
class StrOnly:
    def __str__(self):
        return "str only"
b, r = Both(), ReprOnly()
print(b, str(b), repr(b), f"{b}", f"{b!r}", [b])
print(r, str(r), [r], (r,), {"k": r})
print(str(StrOnly()), "%s" % b, "%r" % b, "{}".format(r))
print(repr(StrOnly()).startswith("<__main__.StrOnly object at "))
