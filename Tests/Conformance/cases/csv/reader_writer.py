# csv.reader and csv.writer over io.StringIO: quoting, embedded commas, quotes and newlines.
import csv
import io
buffer = io.StringIO()
writer = csv.writer(buffer)
writer.writerow(["name", "quote", "n"])
writer.writerow(["Ann", 'She said "hi"', 3])
writer.writerow(["Bo, Jr.", "multi\nline", 4.5])
writer.writerows([["", None, True]])
text = buffer.getvalue()
print(repr(text))
for row in csv.reader(io.StringIO(text)):
    print(row)
semi = io.StringIO()
csv.writer(semi, delimiter=";", quoting=csv.QUOTE_ALL).writerow(["a", 1, "b;c"])
print(repr(semi.getvalue()))
print(list(csv.reader(["x|y|z", "1|2|3"], delimiter="|")))
