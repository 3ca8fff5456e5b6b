# date and timedelta arithmetic, normalization, and differences between dates.
from datetime import date, datetime, timedelta
d = date(2024, 1, 31)
print(d, d + timedelta(days=1), d - timedelta(weeks=5), d.replace(day=1))
print(date(2024, 3, 1) - date(2024, 2, 1), (date(2025, 1, 1) - date(2024, 1, 1)).days)
td = timedelta(days=1, hours=25, minutes=61, seconds=3661)
print(td, repr(td), td.days, td.seconds, td.total_seconds())
print(timedelta(hours=-1), timedelta(seconds=-1).days, timedelta(microseconds=1500), timedelta(0))
print(timedelta(days=2) * 3, timedelta(days=3) / 2, timedelta(hours=5) // timedelta(hours=2))
dt = datetime(2024, 1, 2, 3, 4, 5)
print(dt + timedelta(hours=22, minutes=56), dt - datetime(2023, 12, 31), dt - timedelta(days=2))
print(date(2023, 2, 28) + timedelta(days=1), date(2024, 2, 28) + timedelta(days=1))
print(date.fromordinal(738000), date(2024, 1, 2).toordinal(), date(2024, 12, 31).timetuple().tm_yday)
