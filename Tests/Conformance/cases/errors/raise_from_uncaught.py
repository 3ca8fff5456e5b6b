# Uncaught chained exception: only the final exception forms the !! line.
def parse(text):
    try:
        return int(text)
    except ValueError as e:
        raise LookupError(f"no setting for {text!r}") from e
print(parse("7"))
parse("seven")
