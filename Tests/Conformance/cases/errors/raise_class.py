# Raising an exception class (not an instance) uncaught: no message.
print("about to raise")
raise NotImplementedError
