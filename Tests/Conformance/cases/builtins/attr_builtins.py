# getattr / setattr / hasattr / delattr with defaults and dynamic names.
class Config:
    debug = False
    def __init__(self):
        self.level = 1
c = Config()
print(getattr(c, "level"), getattr(c, "debug"), getattr(c, "missing", "fallback"))
setattr(c, "level", 5)
setattr(c, "new_" + "name", "dynamic")
print(c.level, c.new_name, hasattr(c, "new_name"), hasattr(c, "nope"))
delattr(c, "new_name")
print(hasattr(c, "new_name"))
for field in ["level", "debug"]:
    print(field, "=", getattr(c, field))
print(getattr("text", "upper")(), getattr([], "append") is not None)
try:
    delattr(c, "never_set")
except AttributeError as e:
    print("AttributeError:", e)
