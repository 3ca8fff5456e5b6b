"""Programs for DatetimeModuleTests: see generate_module_tests.py."""

SHOW = '''
from datetime import *
import datetime as dtm
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
    'timedelta': [
        checks('timedelta(days=1e10)', 'timedelta(days=999999999, hours=24)', 'timedelta(1, 2, 3, 4, 5, 6, 7)', 'timedelta(1, 2, 3, 4, 5, 6, 7, 8)', 'timedelta(weeks=1.5)', 'timedelta(seconds=0.5)', 'timedelta(microseconds=0.5)', 'timedelta(microseconds=1.5)', 'timedelta(microseconds=2.5)', 'timedelta(seconds=1e-7)', 'timedelta(days=-1, seconds=-1)', 'timedelta(hours=-25)', "timedelta('a')", 'timedelta(foo=1)', 'timedelta(days=1) + 1', 'timedelta(days=1) * 1.5', 'timedelta(days=1) / 0', 'timedelta(days=1) // 0', 'timedelta(days=1) / timedelta(0)', 'timedelta(days=1) % timedelta(hours=5)', 'divmod(timedelta(days=1), timedelta(hours=5))', 'timedelta(hours=5) / 3', 'timedelta(hours=5) // 3', 'timedelta(seconds=1) / 3', '-timedelta(days=1)', 'abs(timedelta(days=-1))', '+timedelta(days=1)', 'timedelta(days=1) < 5', 'timedelta(days=1) == 5', 'hash(timedelta(1)) == hash(timedelta(days=1))', 'timedelta.max', 'timedelta.min', 'timedelta.resolution', 'timedelta(days=1).total_seconds()', 'timedelta(microseconds=1).total_seconds()', 'date.max + timedelta(days=1)', 'timedelta(days=1, seconds=2, microseconds=3).microseconds', 'timedelta(days=1) * 2.5', 'timedelta(seconds=1) * (1/3)'),
        checks('timedelta(seconds=1) / 0.3', 'timedelta(seconds=1) // timedelta(microseconds=3)', 'timedelta(seconds=-7) // 2', 'timedelta(seconds=-7) % timedelta(seconds=2)', 'timedelta(microseconds=5) / 2', 'timedelta(microseconds=7) / 2', 'timedelta(microseconds=-5) / 2', '2 * timedelta(hours=1)', '1.5 * timedelta(hours=1)', 'timedelta(hours=1) * True', 'timedelta(days=999999999) * 2', 'timedelta(hours=1) / timedelta(minutes=7)', 'timedelta(hours=1) // timedelta(minutes=7)', 'timedelta(hours=1) % 5', 'timedelta(1) - 1', 'timedelta(1) + date(2024,1,1)', 'timedelta(1) - date(2024,1,1)'),
    ],
    'date': [
        checks('date(0, 1, 1)', 'date(10000, 1, 1)', 'date(2024, 13, 1)', 'date(2024, 2, 30)', 'date(2024, 1)', "date('a', 1, 1)", 'date(2024.0, 1, 1)', 'date(year=2024, month=1, day=1)', 'date(2024, 1, 1, 1)', 'date(2024, 1, day=1, foo=2)', 'date(2024, 1, 1) + timedelta(days=1, hours=23)', 'date(2024, 1, 1) - timedelta(hours=1)', 'date(2024, 1, 1) - date(2023, 1, 1)', 'date(2024, 1, 1) - datetime(2023, 1, 1)', 'date(2024, 1, 1) < datetime(2024, 1, 1)', 'date(2024, 1, 1) == datetime(2024, 1, 1)', 'date(2024, 1, 1) + 1', 'date(2024, 1, 1) < 5', 'repr(date(2024, 1, 2))', 'str(date(2024, 1, 2))', 'repr(datetime(2024, 1, 2, 3, 4, 5, 6))', 'repr(datetime(2024, 1, 2))', 'repr(datetime(2024, 1, 2, 3))', 'repr(datetime(2024, 1, 2, 0, 0, 5))', 'repr(datetime(2024, 1, 2, tzinfo=timezone.utc))', 'str(datetime(2024, 1, 2, 3, 4, 5, 6, tzinfo=timezone.utc))', 'date(2024, 1, 2).replace(month=2)', 'date(2024, 1, 31).replace(month=2)', 'date(2024, 1, 2).replace(2025)', 'date(2024, 1, 2).replace(foo=1)', 'date(2024, 1, 2).weekday()', 'date(2024, 1, 2).isoweekday()', 'date(2024, 1, 2).isocalendar()', 'tuple(date(2024, 1, 2).isocalendar())', 'date(2024, 1, 2).isocalendar().week', 'date(2024, 1, 2).timetuple()', 'date(2024, 1, 2).toordinal()', 'date.fromordinal(1)', 'date.fromordinal(0)', 'date.min'),
        checks('date.max', 'date.resolution', "date.fromtimestamp('x')", 'hash(date(2024, 1, 2)) == hash(date(2024, 1, 2))', '{date(2024, 1, 2): 1}[date(2024, 1, 2)]', 'date(2024, 1, 2) == datetime(2024, 1, 2)', 'date(2024, 1, 2).__format__(5)', 'dtm.MINYEAR, dtm.MAXYEAR', 'dtm.UTC', 'isinstance(datetime(2024,1,1), date)', 'date(2024,1,1).year', 'date(2024,1,1).day', 'date(foo=1)', 'date(2024, 1, 1, foo=1)', 'date(2024, 1, 1, day=2)', 'date(2024, month=1, year=3)', 'date(2024,1,1) + date(2024,1,1)', 'date(2024, 3, 31) - timedelta(days=400)', 'hash(datetime(2024,1,1,5,tzinfo=timezone(timedelta(hours=5)))) == hash(datetime(2024,1,1,tzinfo=timezone.utc))', 'repr(datetime(2024,1,1,fold=1))', 'str(datetime(2024, 1, 2, 3, 4, 5, tzinfo=timezone(-timedelta(hours=8))))', 'date(2024,1,2).__reduce__()[0]', 'date(2024,1,2).replace(day=31, month=3)'),
    ],
    'datetime': [
        checks('datetime(2024, 1, 1, 24)', 'datetime(2024, 1, 1, 0, 60)', 'datetime(2024, 1, 1, 0, 0, 60)', 'datetime(2024, 1, 1, 0, 0, 0, 1000000)', 'datetime(2024, 1, 1, tzinfo=1)', 'datetime(2024)', 'datetime(2024, 1, 1, fold=2)', 'datetime(2024, 1, 1) - date(2023, 1, 1)', 'datetime(2024, 1, 1, tzinfo=timezone.utc) - datetime(2024, 1, 1)', 'datetime(2024, 1, 1, tzinfo=timezone.utc) < datetime(2024, 1, 1)', 'datetime(2024, 1, 1, tzinfo=timezone.utc) == datetime(2024, 1, 1)', 'datetime(2024, 1, 2, 3).replace(hour=5, tzinfo=timezone.utc)', 'datetime(2024, 1, 2, 3, 4, 5).timetuple()', 'datetime.min', 'datetime.max', 'datetime(2024, 1, 2, 3, 4).date()', 'datetime(2024, 1, 2, 3, 4, tzinfo=timezone.utc).time()', 'datetime(2024, 1, 2, 3, 4, tzinfo=timezone.utc).timetz()', 'datetime.combine(date(2024, 1, 2), time(3, 4))', 'datetime(2024, 1, 2, tzinfo=timezone.utc).timestamp()', 'datetime.fromtimestamp(0, timezone.utc)', 'datetime.utcfromtimestamp(86400.5)', 'datetime.fromtimestamp(1e20)', 'datetime(2024, 1, 2, tzinfo=timezone.utc).utcoffset()', 'datetime(2024, 1, 2).utcoffset()', 'datetime(2024, 1, 2, tzinfo=timezone.utc).tzname()', 'datetime(2024, 1, 2, tzinfo=timezone.utc).astimezone(timezone(timedelta(hours=3)))', 'datetime(2024,1,2,tzinfo=timezone.utc).tzinfo', 'datetime(2024, 1, 2) == date(2024, 1, 2)', 'datetime(2024, 1, 2, 3, 4, 5, 6).microsecond', 'datetime(2024,1,1).fold', 'datetime(2024, 1, 1, foo=1)', 'datetime(2024, 1, 1, 1, 1, 1, 1, None, 5)', 'datetime(2024,1,1) + datetime(2024,1,1)', 'datetime(2024, 3, 31, 12) - timedelta(days=400, microseconds=1)', 'datetime(9999, 12, 31, 23) + timedelta(hours=1)', 'datetime(1, 1, 1) - timedelta(microseconds=1)', 'datetime(2024,1,1,tzinfo=timezone(timedelta(hours=5))) - datetime(2024,1,1,tzinfo=timezone.utc)', 'datetime(2024,1,1,5,tzinfo=timezone(timedelta(hours=5))) == datetime(2024,1,1,tzinfo=timezone.utc)', 'datetime(2024,1,1,5,tzinfo=timezone(timedelta(hours=5))) < datetime(2024,1,1,1,tzinfo=timezone.utc)'),
        checks('datetime(2024, 1, 2, 3, 4, 5, tzinfo=timezone.utc).timetuple()', 'datetime(2024,1,2).dst()', 'datetime(2024,1,2,tzinfo=timezone.utc).dst()', 'datetime.combine(date(2024,1,2), time(3, tzinfo=timezone.utc))', 'datetime.combine(date(2024,1,2), time(3), tzinfo=timezone.utc)', 'datetime.combine(1, 2)', 'datetime(2024,1,2).astimezone(timezone.utc).tzinfo is timezone.utc'),
    ],
    'time': [
        checks('time(24)', 'time(-1)', 'time(1, 2, 3, 4, timezone.utc)', 'time(hour=5, minute=1)', 'repr(timedelta(0))', 'repr(timedelta(days=1, seconds=3600))', 'repr(timedelta(microseconds=-1))', 'str(timedelta(microseconds=-1))', 'str(timedelta(days=-2, seconds=5))', 'str(timedelta(days=2, microseconds=5))', 'str(timedelta(days=1))', 'str(timedelta(days=-1))', 'str(timedelta(hours=100))', 'repr(timedelta(seconds=5))', 'repr(timedelta(days=5, microseconds=7))', 'bool(timedelta(0))', 'repr(time(1, 2))', 'repr(time(1, 2, 3, 4))', 'repr(time())', 'str(time(1, 2, 3, 40))', 'time(1).replace(minute=5)', 'time(1, 2, 3).hour, time(1,2,3).second', 'time(1) < time(2)', 'time(1) < 5', 'time(0) == time(0)', 'bool(time(0))', 'time(foo=1)', 'time(1, 2, 3, 4, None, 5)', 'time(1, fold=1)', 'time(1, tzinfo=timezone.utc) < time(1)', 'time(1, tzinfo=timezone.utc) == time(1)', 'time(5, tzinfo=timezone(timedelta(hours=5))) == time(0, tzinfo=timezone.utc)', 'str(time(1, tzinfo=timezone(timedelta(hours=-3))))', 'time(1).utcoffset()', 'time(1, tzinfo=timezone.utc).tzname()', 'repr(time(1, 2, 3, tzinfo=timezone.utc, fold=1))'),
    ],
    'timezone': [
        checks('repr(timezone.utc)', 'str(timezone.utc)', 'repr(timezone(timedelta(hours=2)))', 'str(timezone(timedelta(hours=-2, minutes=-30)))', "repr(timezone(timedelta(hours=2), 'X'))", 'timezone(timedelta(hours=25))', 'timezone(timedelta(seconds=1))', 'timezone()', 'timezone(5)', 'timezone(timedelta(0), 5)', "timezone(timedelta(0), 'x', 3)", "timezone(offset=timedelta(hours=1), name='n')", 'timezone.utc.utcoffset(None)', 'timezone.utc.tzname(None)', 'timezone(timedelta(hours=1)).tzname(None)', 'timezone(timedelta(seconds=61)).tzname(None)', 'timezone(timedelta(microseconds=61)).tzname(None)', 'timezone.utc.dst(None)', 'timezone(timedelta(0)) == timezone.utc', "timezone(timedelta(0), 'A') == timezone.utc", 'timezone.min', 'timezone.max', 'timezone.utc.utcoffset(5)'),
    ],
    'parsing': [
        checks("datetime.fromisoformat('2024-03-15T10:30:00')", "datetime.fromisoformat('2024-03-15')", "datetime.fromisoformat('2024-03-15 10:30:00.123')", "datetime.fromisoformat('2024-03-15T10:30:00+02:00')", "datetime.fromisoformat('2024-03-15T10:30:00Z')", "datetime.fromisoformat('20240315T103000')", "datetime.fromisoformat('2024-03-15T25:00')", "datetime.fromisoformat('garbage')", 'datetime.fromisoformat(5)', "date.fromisoformat('2024-03-15')", "date.fromisoformat('2024-03-15T00')", "date.fromisoformat('20240315')", "time.fromisoformat('10:30')", "time.fromisoformat('10:30:00.5')", "date.fromisoformat('2024-W11-5')", "datetime.strptime('2024-07-04 18:30', '%Y-%m-%d %H:%M')", "datetime.strptime('2024', '%Y %m')", "datetime.strptime('2024 5x', '%Y %m')", "datetime.strptime('7/4/24 6PM', '%m/%d/%y %I%p')", "datetime.strptime('Jul 4 2024 +0530', '%b %d %Y %z')", "datetime.strptime('x', '%Q')", "datetime.strptime('2024-02-30', '%Y-%m-%d')", "datetime.strptime('Thursday July 04 2024', '%A %B %d %Y')", "datetime.strptime('12:30:15.25', '%H:%M:%S.%f')", "datetime.strptime('2024 100', '%Y %j')", "datetime.strptime('  2024', '%Y')", "datetime.strptime('2024', ' %Y')", "datetime.strptime('x%y', 'x%%y')", "datetime.strptime('2024-01-01 UTC', '%Y-%m-%d %Z')", "date.fromisoformat('2024-02-30')", "date.fromisoformat('2024-1-1')", "datetime.fromisoformat('2024-02-30T00:00')", "datetime.fromisoformat('2024-03-15T10:30:00.1234567')", "datetime.fromisoformat('2024-03-15T10')", "datetime.fromisoformat('2024-03-15T1030')", "datetime.fromisoformat('2024-03-15 10:30:00,5')", "datetime.fromisoformat('2024-03-15T10:30:00-05:30')", "datetime.fromisoformat('2024-03-15T10:30:00+0000')", "datetime.fromisoformat('2024-03-15T24:00')", "datetime.fromisoformat('2024-03')"),
        checks("datetime.fromisoformat('2024-075')", "datetime.fromisoformat('2024-W01')", "datetime.fromisoformat('2024W011T10')", "time.fromisoformat('T10:30')", "time.fromisoformat('10:30+01')", "time.fromisoformat('1')", "time.fromisoformat('10:3')", "time.fromisoformat('25:00')", "datetime.fromisoformat('2024-03-15T10:30:00.000+05:00:30')", 'date.fromisocalendar(2024, 53, 1)', 'date.fromisocalendar(2020, 53, 1)', 'date.fromisocalendar(2024, 1, 8)', 'date.fromisocalendar(0, 1, 1)'),
    ],
    'formatting': [
        checks("datetime(2024, 1, 2, 3, 4, 5, 123456).isoformat(timespec='milliseconds')", "datetime(2024, 1, 2, 3, 4, 5).isoformat(timespec='microseconds')", "datetime(2024, 1, 2, 3, 4, 5).isoformat(timespec='hours')", "datetime(2024, 1, 2, 3, 4, 5).isoformat(timespec='x')", "datetime(2024, 1, 2).isoformat('T', 'minutes')", "datetime(2024, 1, 2).isoformat(sep='xy')", 'datetime(2024, 1, 2).isoformat(sep=1)', "date(2024, 5, 17).strftime('%Y-%m-%d is a %A %a %B %b %j %U %W %w %u %y %%')", "datetime(2024, 1, 2, 3, 4, 5, 6).strftime('%H:%M:%S.%f %I %p %z %Z|')", "datetime(2024, 1, 2, tzinfo=timezone.utc).strftime('%z %Z')", "datetime(2024, 1, 2, tzinfo=timezone(timedelta(hours=-5, minutes=-30))).strftime('%z %Z')", "date(2024, 1, 2).strftime('%H:%M')", "time(5, 6).strftime('%Y %H %M')", "date(5, 1, 2).strftime('%Y %y')", "datetime(2024,1,2).strftime('%c | %x | %X')", "datetime(2024,1,2).strftime('%G %V %e %D %T %R %n %t %C %h')", 'date(2024, 1, 2).strftime(1)', 'date(2024, 1, 2).ctime()', 'datetime(2024, 1, 2, 3, 4, 5).ctime()', "format(date(2024, 1, 2), '')", "format(date(2024, 1, 2), '%d')", "f'{datetime(2024, 1, 2):%Y}'", "time(1).isoformat('minutes')", "time(1, 2, 3, 4).isoformat(timespec='milliseconds')", 'time(1, tzinfo=timezone.utc).isoformat()', 'datetime(2024, 1, 2, 3, 4, 5).replace(tzinfo=timezone.utc).isoformat()', 'datetime(2024, 1, 2, 3, 4, 5, tzinfo=timezone(timedelta(hours=5, minutes=30, seconds=15))).isoformat()', 'datetime(2024,1,2,tzinfo=timezone(timedelta(microseconds=1))).isoformat()', 'datetime(2024, 1, 2, 3, 4, 5).utctimetuple()', 'datetime(2024, 1, 2, 3, 4, 5, tzinfo=timezone(timedelta(hours=5))).utctimetuple()', 'date(2024,1,2).isoformat()'),
    ],
}

GROUPS["programs"] = [
    '''
from datetime import date, datetime, timedelta, timezone, time
import copy
start = datetime(2024, 2, 27, 22, 30)
for i in range(4):
    moment = start + timedelta(hours=12 * i)
    print(moment, moment.strftime("%a %d %b %Y %I:%M %p"), moment.isocalendar(), moment.timetuple().tm_yday)
print(sorted([date(2024, 3, 1), date(2023, 1, 1), date(2024, 1, 31)]), max(time(1), time(23, 59)))
events = {date(2024, 1, 1): "new year", date(2024, 12, 25): "xmas"}
print(events[date(2024, 1, 1)], date(2024, 12, 25) in events, len({datetime(2024, 1, 1), datetime(2024, 1, 1, 0, 0)}))
total = sum([timedelta(minutes=m) for m in (15, 30, 45)], timedelta())
print(total, total.total_seconds(), total / timedelta(minutes=1), str(-total), repr(total * -1))
d = datetime(2024, 5, 17, 8, 0, tzinfo=timezone(timedelta(hours=2), "CEST"))
print(d, d.tzname(), d.utcoffset(), d.astimezone(timezone.utc), d.timestamp(), d.strftime("%H:%M %Z %z"))
print(copy.deepcopy(d) == d, copy.copy(date(2024, 1, 1)), copy.deepcopy(timedelta(1)), copy.copy(time(5)))
print(datetime.fromtimestamp(1700000000, timezone.utc), datetime.fromtimestamp(1700000000.123456, tz=timezone.utc))
print(datetime.utcfromtimestamp(0), datetime(1970, 1, 1, tzinfo=timezone.utc).timestamp(), date.fromordinal(738000))
print(f"{date(2024, 7, 4):%A, %B %d}", "{:%Y/%m/%d %H}".format(datetime(2024, 7, 4, 9)), format(time(9, 5), "%H.%M"))
''',
    '''
from datetime import datetime, date, timedelta
days = [date(2024, 1, 1) + timedelta(days=i) for i in range(0, 370, 61)]
print([d.isoformat() for d in days])
print([(d.isocalendar().week, d.weekday(), d.toordinal() % 7) for d in days])
print(date(2020, 12, 31).isocalendar(), date(2021, 1, 3).isocalendar(), date(2026, 12, 31).isocalendar())
print(date(1, 1, 1).isocalendar(), date(9999, 12, 31).isocalendar(), date(2004, 12, 31).timetuple())
stamps = ["2024-01-05 10:15:00", "2023-12-31 23:59:59", "2024-01-05 09:00:00"]
parsed = sorted(datetime.strptime(s, "%Y-%m-%d %H:%M:%S") for s in stamps)
print(parsed, parsed[-1] - parsed[0], (parsed[-1] - parsed[0]).days)
print(datetime.strptime("Mon, 05 Feb 2024 14:03:02 +0100", "%a, %d %b %Y %H:%M:%S %z"))
print(datetime.strptime("5 February 24", "%d %B %y"), datetime.strptime("2024-W05-1", "%G-W%V-%u"),
      datetime.strptime("2024 5 1", "%Y %U %w"), datetime.strptime("2024 5 1", "%Y %W %w"))
print(datetime.strptime("29 Feb", "%d %b"), datetime.strptime("12 AM", "%I %p"), datetime.strptime("12 PM", "%I %p"))
for bad in [("31/02/2024", "%d/%m/%Y"), ("2024", "%"), ("2024-01-01", "%Y-%m"), ("x", "%Y"), ("2024 +01:30:2", "%Y %z")]:
    try:
        datetime.strptime(*bad)
    except ValueError as e:
        print("ValueError:", e)
''',
]
