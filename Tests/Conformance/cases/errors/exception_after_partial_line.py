# Output not ending in a newline is followed by a newline before the !! line.
print("partial", end="")
[].pop()
