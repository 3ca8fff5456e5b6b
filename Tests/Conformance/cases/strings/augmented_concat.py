# `s += t` must build a new string whenever anything else still sees the old one.
def build(n):
    s = ""
    for i in range(n):
        s += str(i % 10)
    return s

print(build(25))

s = "ab"
alias = s
s += "cd"
print(s, alias)

key = "k"
table = {key: 1}
key += "2"
print(key, table)

items = ["x"]
t = items[0]
t += "y"
print(t, items)

def walrus():
    u = "start"
    u += (u := "new") + "!"
    return u

print(walrus())

def self_append():
    v = "ha"
    v += v
    v += v
    return v

print(self_append(), len(self_append()))

g = "é"
g += "tè"
print(g, len(g), g[2], g.upper())
h = "abc"
h.upper()
h += "é"
print(h, len(h), h[-1], hash(h) == hash("abcé"))
