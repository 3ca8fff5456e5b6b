# The AttributeError that __getattr__ raises keeps its own message; getattr/hasattr still see it as missing.
class Properties:
    def __getattr__(self, name):
        if name.startswith("Ok"):
            return name.lower()
        raise AttributeError(f"step 'Train' has no property {name}")

p = Properties()
print(p.OkValue, getattr(p, "Missing", "default"), hasattr(p, "Missing"), hasattr(p, "OkToo"))
try:
    p.Missing
except AttributeError as error:
    print(error)
