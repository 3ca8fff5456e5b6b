# Keyword-only parameters after * and after *args; positional-only with /.
def connect(host, *, port=80, secure=False):
    return f"{host}:{port} secure={secure}"
print(connect("a"), connect("b", port=443, secure=True))
def log(*messages, sep=" | ", level):
    return level + ": " + sep.join(messages)
print(log("x", "y", level="INFO"), log(level="DEBUG"))
def pos_only(a, b, /, c, *, d):
    return (a, b, c, d)
print(pos_only(1, 2, 3, d=4), pos_only(1, 2, c=3, d=4))
try:
    connect("a", 8080)
except TypeError as e:
    print("TypeError:", e)
try:
    pos_only(a=1, b=2, c=3, d=4)
except TypeError as e:
    print("TypeError:", e)
try:
    log("x")
except TypeError as e:
    print("TypeError:", e)
