# Uncaught KeyError: the message is the repr of the missing key.
ages = {"ann": 31}
print(ages["ann"])
print(ages["bob"])
