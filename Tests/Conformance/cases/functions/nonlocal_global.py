# global and nonlocal rebinding across scopes.
counter = 0
def bump():
    global counter
    counter += 1
bump(); bump()
print(counter)
def define_global():
    global created_later
    created_later = "made inside a function"
define_global()
print(created_later)
def outer():
    level = "outer"
    def middle():
        nonlocal level
        level = "middle"
        def inner():
            nonlocal level
            level += "+inner"
        inner()
    middle()
    return level
print(outer())
x = "global x"
def shadow():
    x = "local x"
    return x
print(shadow(), x)
def reads_global():
    return x.upper()
print(reads_global())
