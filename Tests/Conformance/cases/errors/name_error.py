# Uncaught NameError for a name that was never defined.
print("before")
print(x)
