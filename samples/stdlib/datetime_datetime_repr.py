# datetime.datetime: repr (trailing zero fields dropped), str, isoformat with sep and timespec
from datetime import datetime

for dt in [
    datetime(2024, 1, 5),
    datetime(2024, 1, 5, 13),
    datetime(2024, 1, 5, 13, 4, 5),
    datetime(2024, 1, 5, 13, 4, 5, 123),
    datetime(2024, 1, 5, 0, 0, 0, 500000),
]:
    print(repr(dt), "|", dt, "|", dt.isoformat())
dt = datetime(2024, 7, 14, 9, 30, 15, 250000)
print(dt.isoformat(" "), dt.isoformat("_"))
for spec in ["auto", "hours", "minutes", "seconds", "milliseconds", "microseconds"]:
    print(spec, dt.isoformat(timespec=spec))
print(dt.date(), dt.time(), repr(dt.date()), repr(dt.time()))
print(dt.weekday(), dt.isocalendar(), dt.toordinal())
