# __getattr__ is consulted only for missing attributes; __setattr__ intercepts all assignments.
class Defaults:
    def __init__(self):
        self.real = "real value"
    def __getattr__(self, name):
        return f"<default {name}>"
d = Defaults()
print(d.real, d.anything, getattr(d, "other"))
class Recorder:
    def __init__(self):
        object.__setattr__(self, "log", [])
    def __setattr__(self, name, value):
        self.log.append(name)
        object.__setattr__(self, name, value)
r = Recorder()
r.a = 1
r.b = 2
r.a = 3
print(r.log, r.a, r.b)
