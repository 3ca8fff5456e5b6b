"""A processing script that fails."""
def check(value):
    raise ValueError("boom: " + value)


check("bad input")
