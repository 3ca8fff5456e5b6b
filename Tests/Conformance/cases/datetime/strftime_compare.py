# strftime with locale-independent directives, strptime, and datetime/date comparisons.
from datetime import date, datetime, time
dt = datetime(2024, 1, 2, 3, 4, 5)
print(dt.strftime("%Y-%m-%d %H:%M:%S"), dt.strftime("%d/%m/%y"), dt.strftime("%I:%M %p"))
print(dt.strftime("%j %U %W %%"), dt.strftime("%A %a %B %b"))
print(f"{dt:%Y%m%d}", format(dt.date(), "%m-%d"), "{:%H.%M}".format(dt))
print(datetime.strptime("2024-07-04 18:30", "%Y-%m-%d %H:%M"))
print(datetime(2024, 1, 2) < datetime(2024, 1, 2, 0, 0, 1), date(2024, 1, 1) == date(2024, 1, 1))
print(max(date(2023, 5, 1), date(2024, 1, 1)), sorted([date(2024, 3, 1), date(2023, 1, 1)]))
print(time(13, 45), time(1, 2, 3, 4).isoformat(), time(9) < time(10))
print(date(2024, 5, 17).strftime("%Y-%m-%d is a %A"))
