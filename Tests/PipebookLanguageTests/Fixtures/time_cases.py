"""Programs for TimeModuleTests: see generate_module_tests.py."""

SHOW = '''
import time
def show(text, thunk):
    try:
        r = thunk()
    except Exception as e:
        print(text, "!!", type(e).__name__, e)
    else:
        print(text, "->", repr(r))
'''


def checks(*exprs):
    return SHOW + "".join(f"show({e!r}, lambda: {e})\n" for e in exprs)


GROUPS = {
    "conversions": [
        checks("time.sleep('a')", "time.sleep(-1)", "time.sleep(float('nan'))", "time.sleep()", "time.sleep(0)", "time.sleep(x=1)",
               "time.sleep(0.01)", "time.gmtime(0)", "time.gmtime(1.9)", "time.gmtime(-1.5)", "time.gmtime('a')", "time.gmtime(1e20)",
               "time.gmtime(None)[:0]", "time.gmtime(0).tm_zone", "time.gmtime(0).tm_gmtoff",
               "time.strftime('%Y-%m-%d', (2024, 1, 2, 3, 4, 5, 1, 2, 0))", "time.strftime('%Y', (2024,))", "time.strftime('%Y', 5)",
               "time.strftime('%Y', (2024, 13, 1, 0, 0, 0, 0, 1, 0))", "time.strftime('%Y %m %d %j', (2024, 0, 0, 0, 0, 0, 0, 0, 0))",
               "time.strftime('')", "time.strftime('%a %A %b %B %p', (2024, 7, 4, 15, 0, 0, 3, 186, 0))", "time.strftime(5)",
               "time.strftime('%H:%M:%S %%', time.gmtime(3723))", "time.strftime('%Z', time.gmtime(0))",
               "time.asctime((2024, 1, 2, 3, 4, 5, 1, 2, 0))", "time.asctime((2024, 1, 12, 3, 4, 5, 1, 2, 0))",
               "time.strptime('2024-07-04', '%Y-%m-%d')", "time.strptime('2024', '%Y %m')", "time.strptime(5)",
               "time.strptime('1 2', 5)", "time.strptime('Thu Jul  4 10:11:12 2024')", "time.strptime('23:59', '%H:%M')[3:5]",
               "type(time.gmtime(0))", "time.struct_time", "len(time.gmtime(0))", "time.gmtime(0) == (1970, 1, 1, 0, 0, 0, 3, 1, 0)",
               "time.gmtime(86400 * 365.25 * 30)", "time.gmtime(0).tm_year", "time.gmtime(0)[0]", "tuple(time.gmtime(0))",
               "time.struct_time((1, 2, 3, 4, 5, 6, 7, 8, 9))", "time.strftime('%Y', time.struct_time((2024, 2, 3, 4, 5, 6, 7, 8, 9)))",
               "time.mktime(time.localtime(1700000000))", "time.localtime(1700000000) == time.localtime(1700000000.9)",
               "time.ctime(0) == time.asctime(time.localtime(0))", "time.time_ns() > 1600000000 * 10**9",
               "type(time.perf_counter())", "type(time.monotonic_ns())", "type(time.process_time())",
               "time.monotonic() <= time.monotonic()", "isinstance(time.timezone, int)", "len(time.tzname)"),
        '''
import time
start = time.perf_counter()
time.sleep(0.05)
elapsed = time.perf_counter() - start
print(0.04 < elapsed < 1.0)
t0 = time.time()
print(abs(time.time_ns() / 1e9 - t0) < 5, time.localtime().tm_year >= 2024, time.gmtime().tm_year >= 2024)
''',
    ],
}
