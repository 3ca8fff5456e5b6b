import datetime

naive = datetime.datetime(2020, 1, 1, 12, 30)
aware = datetime.datetime(2020, 1, 1, 12, 30, tzinfo=datetime.timezone.utc)
print(naive.tzinfo, datetime.time(1, 2).tzinfo, aware.tzinfo, aware.timetz().tzinfo)
print(naive.tzinfo is None, aware.tzinfo is datetime.timezone.utc)
print(naive.utcoffset(), aware.utcoffset(), naive.tzname(), aware.tzname())
print(hasattr(naive, "tzinfo"), getattr(datetime.time(), "tzinfo", "missing"))
