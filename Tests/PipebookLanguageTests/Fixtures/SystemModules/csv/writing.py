# csv.writer: quoting rules, dialect parameters, line terminators, escapes, return values and errors.
import csv
import io
def write(rows, **options):
    buffer = io.StringIO()
    writer = csv.writer(buffer, **options)
    counts = [writer.writerow(row) for row in rows]
    print(options, counts, repr(buffer.getvalue()))
def attempt(action):
    try:
        print("ok", repr(action()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
write([["plain", "with,comma", 'with "quote"', "with\nnewline", "with\rreturn", " lead", "trail ", ""]])
write([[1, 2.5, 1e20, -0.0, True, None, 10**20, 1/3]])
write([[""], [None], [], ["", ""]])
write([["a", "b c", 3, None]], quoting=csv.QUOTE_ALL)
write([["a", 3, 4.5, True, None, ""]], quoting=csv.QUOTE_NONNUMERIC)
write([["a,b", 'q"x', "plain"]], quoting=csv.QUOTE_NONE, escapechar="\\")
write([['q"x', "e\\x"]], doublequote=False, escapechar="\\")
write([["a;b", "c"]], delimiter=";")
write([["a", "b\nc"]], lineterminator="\n")
write([["a\rb"]], lineterminator="\n")
write([["a", "b"]], quotechar="'", quoting=csv.QUOTE_ALL)
write([["x", "y"]], dialect="excel-tab")
write([["x", "y z"]], dialect="unix")
write([["x", "y"]], dialect=csv.excel)
class Semi(csv.Dialect):
    delimiter = ";"
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = "\n"
    quoting = csv.QUOTE_MINIMAL
write([["a;b", "c"]], dialect=Semi)
csv.register_dialect("pipes", delimiter="|", quoting=csv.QUOTE_ALL)
write([["a", "b"]], dialect="pipes")
print(csv.list_dialects(), csv.get_dialect("pipes").delimiter, csv.get_dialect("excel").lineterminator == "\r\n")
csv.unregister_dialect("pipes")
print(csv.list_dialects())
buffer = io.StringIO()
print(csv.writer(buffer).writerows([["a", 1], ("b", 2), iter(["c", 3])]), repr(buffer.getvalue()))
attempt(lambda: csv.writer(io.StringIO(), quoting=csv.QUOTE_NONE).writerow(["a,b"]))
attempt(lambda: csv.writer(io.StringIO(), quoting=csv.QUOTE_NONE).writerow([""]))
attempt(lambda: csv.writer(io.StringIO(), quotechar=None).writerow(["a,b"]))
attempt(lambda: csv.writer(io.StringIO(), delimiter="ab"))
attempt(lambda: csv.writer(io.StringIO(), delimiter=1))
attempt(lambda: csv.writer(io.StringIO(), delimiter=""))
attempt(lambda: csv.writer(io.StringIO(), quotechar=""))
attempt(lambda: csv.writer(io.StringIO(), quoting=9))
attempt(lambda: csv.writer(io.StringIO(), quoting="x"))
attempt(lambda: csv.writer(io.StringIO(), lineterminator=1))
attempt(lambda: csv.writer(io.StringIO(), escapechar="ab"))
attempt(lambda: csv.writer(io.StringIO(), foo=1))
attempt(lambda: csv.writer(io.StringIO(), dialect="nope"))
attempt(lambda: csv.writer(1))
attempt(lambda: csv.writer(io.StringIO()).writerow(1))
attempt(lambda: csv.writer(io.StringIO()).writerow(None))
attempt(lambda: csv.get_dialect("nope"))
attempt(lambda: csv.unregister_dialect("nope"))
attempt(lambda: csv.register_dialect(1))
print(csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC, csv.QUOTE_NONE, csv.field_size_limit(), issubclass(csv.Error, Exception))
print(csv.excel.delimiter, repr(csv.excel.lineterminator), csv.excel_tab.delimiter, csv.unix_dialect.quoting)
with open("out.csv", "w", newline="") as f:
    csv.writer(f).writerows([["id", "name"], [1, "Ann, Jr."]])
print(repr(open("out.csv", newline="").read()))
