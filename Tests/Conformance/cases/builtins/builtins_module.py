# The builtins module is the builtins every module sees.
import builtins
print(builtins.len("abc"), builtins.__name__, builtins.print is print, builtins.ValueError is ValueError)
builtins.shout = lambda s: s.upper() + "!"
print(shout("hi"))
print("sorted" in dir(builtins), hasattr(builtins, "no_such_builtin"))
