# Universal newlines, newline='' and explicit newlines, encodings and their errors.
with open("crlf.txt", "wb") as f:
    f.write(b"a\r\nb\rc\nd")
for newline in [None, "", "\n", "\r", "\r\n"]:
    with open("crlf.txt", newline=newline) as f:
        print(repr(newline), f.readlines())
with open("crlf.txt") as f:
    print(repr(f.read()))
with open("crlf.txt", newline="") as f:
    print(repr(f.read()))
with open("out.txt", "w", newline="\r\n") as f:
    f.write("x\ny\n")
print(open("out.txt", "rb").read())
with open("out.txt", "w", newline="\r") as f:
    f.write("x\ny")
print(open("out.txt", "rb").read())
with open("out.txt", "w", newline="") as f:
    f.write("x\r\ny\n")
print(open("out.txt", "rb").read())
with open("u.txt", "w", encoding="utf-8") as f:
    print(f.write("héllo wörld ☃ 😀"))
print(open("u.txt", "rb").read(), len(open("u.txt", encoding="utf8").read()))
with open("u.txt", encoding="latin-1") as f:
    print(repr(f.read()), f.encoding)
with open("l.txt", "w", encoding="latin-1") as f:
    f.write("café")
print(open("l.txt", "rb").read())
try:
    open("l.txt").read()
except UnicodeDecodeError as e:
    print(type(e).__name__, e, e.start, e.end, e.reason)
print(open("l.txt", errors="replace").read(), open("l.txt", errors="ignore").read())
try:
    with open("a.txt", "w", encoding="ascii") as f:
        f.write("naïve")
except UnicodeEncodeError as e:
    print(type(e).__name__, e)
try:
    with open("a.txt", "w", encoding="ascii") as f:
        f.write("€€ x")
except UnicodeEncodeError as e:
    print(type(e).__name__, e)
with open("sig.txt", "w", encoding="utf-8-sig") as f:
    f.write("bom")
print(open("sig.txt", "rb").read(), repr(open("sig.txt", encoding="utf-8-sig").read()), repr(open("sig.txt").read()))
for bad in [b"\xff", b"ok\xc3", b"\xe2\x82x"]:
    open("bad.txt", "wb").write(bad)
    try:
        open("bad.txt").read()
    except UnicodeDecodeError as e:
        print(e)
