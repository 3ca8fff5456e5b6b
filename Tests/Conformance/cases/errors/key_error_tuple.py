# Uncaught KeyError with a tuple key: the message is the repr of the key.
grid = {(0, 0): "start"}
print(grid[(0, 0)])
grid[(1, 2)]
