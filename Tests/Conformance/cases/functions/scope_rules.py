# LEGB scope lookup: local, enclosing, global, builtin; shadowing builtins.
x = "global"
def outer():
    x = "enclosing"
    def inner():
        return x
    return inner()
print(outer())
def uses_builtin():
    return len("four")
print(uses_builtin())
def shadows_builtin():
    len = lambda s: -1
    return len("four")
print(shadows_builtin(), len("four"))
def loop_var_escapes():
    for i in range(3):
        pass
    return i
print(loop_var_escapes())
def conditional_define(flag):
    if flag:
        value = "set"
    return value if flag else "unset"
print(conditional_define(True), conditional_define(False))
class Holder:
    name = "class attr"
    def method(self):
        return name  # class scope is not enclosing for methods
name = "module name"
print(Holder().method())
