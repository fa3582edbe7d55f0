# datetime.combine, date()/time()/timetz(), replace with keywords, min/max, subtraction across days
from datetime import date, datetime, time, timedelta, timezone

d = date(2024, 12, 31)
t = time(23, 30)
dt = datetime.combine(d, t)
print(repr(dt), dt + timedelta(hours=1), dt.replace(year=2025, month=1, day=1, hour=0))
print(datetime.combine(d, t, tzinfo=timezone.utc), dt.date() == d, dt.time() == t, dt.timetz())
print(datetime.max, datetime.min, datetime(2024, 3, 1) - datetime(2024, 2, 1, 12))
print(sorted([datetime(2024, 1, 2), datetime(2023, 5, 5, 5), datetime(2024, 1, 1, 23, 59)]))
print(isinstance(dt, date), isinstance(d, datetime), dt.strftime("%Y"), datetime.fromordinal(1))
