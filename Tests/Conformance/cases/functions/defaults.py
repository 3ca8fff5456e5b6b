# Default argument values: evaluated once at definition time, keyword override.
def greet(name, greeting="Hello", punct="!"):
    return f"{greeting}, {name}{punct}"
print(greet("Ann"), greet("Bo", "Hi"), greet("Cy", punct="?"), greet(greeting="Yo", name="Di"))
def append_to(item, bucket=[]):
    bucket.append(item)
    return bucket
print(append_to(1), append_to(2))  # the same list is shared between calls
def safe_append(item, bucket=None):
    if bucket is None:
        bucket = []
    bucket.append(item)
    return bucket
print(safe_append(1), safe_append(2))
x = 10
def show(v=x):
    return v
x = 20
print(show())
print(greet.__defaults__, greet.__name__)
