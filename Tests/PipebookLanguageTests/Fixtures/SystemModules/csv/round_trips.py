# csv round trips: rows of awkward fields written and read back with every dialect option.
import csv, io
fields = ["", "a", "a,b", 'q"x', "line\nbreak", "cr\rx", " sp ", "tab\tx", "é", "\\", "'", None, 0, 1.5, -2, True, "#", "a;b", '"', '""']
dialects = [dict(), dict(quoting=csv.QUOTE_ALL), dict(quoting=csv.QUOTE_NONNUMERIC), dict(delimiter=";"), dict(lineterminator="\n"),
            dict(quotechar="'"), dict(escapechar="\\"), dict(escapechar="\\", doublequote=False), dict(quoting=csv.QUOTE_NONE, escapechar="\\"),
            dict(skipinitialspace=True), dict(delimiter="\t", quoting=csv.QUOTE_MINIMAL)]
for d in dialects:
    for i in range(len(fields)):
        row = [fields[i], fields[(i * 7 + 3) % len(fields)], fields[(i * 3 + 1) % len(fields)]]
        b = io.StringIO()
        try:
            csv.writer(b, **d).writerow(row)
            text = b.getvalue()
            back = list(csv.reader(io.StringIO(text, newline=""), **d))
            print(d, repr(text), back)
        except Exception as e:
            print(d, row, type(e).__name__, e)
