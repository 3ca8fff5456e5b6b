# datetime.datetime: construction, attributes, isoformat, str/repr, replace, weekday.
from datetime import datetime
dt = datetime(2024, 1, 2, 3, 4, 5)
print(dt, repr(dt))
print(dt.year, dt.month, dt.day, dt.hour, dt.minute, dt.second, dt.microsecond)
print(dt.isoformat(), dt.isoformat(sep=" "), dt.date(), dt.time())
print(dt.weekday(), dt.isoweekday(), dt.isocalendar()[:2], dt.timetuple().tm_yday)
print(dt.replace(year=2025, second=0), datetime(2024, 2, 29, 12, 0, 0, 500))
print(datetime(2000, 1, 1).isoformat(), datetime.fromisoformat("2024-03-15T10:30:00"))
