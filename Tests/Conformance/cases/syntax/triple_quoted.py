# Triple-quoted strings span lines and keep inner quotes and newlines.
text = """first line
  second "quoted" line
third 'line'"""
print(text)
print(len(text.splitlines()))
other = '''a
b'''
print(repr(other))
empty = """"""
print(repr(empty))
print("""ends with quote\"""")
