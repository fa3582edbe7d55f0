# datetime.time: construction, repr/str, isoformat, replace, comparisons, min/max
from datetime import time, timezone

for t in [time(), time(12), time(12, 30), time(1, 2, 3), time(1, 2, 3, 4), time(23, 59, 59, 999999)]:
    print(repr(t), "|", t, "|", t.isoformat(timespec="minutes"))
t = time(9, 15, tzinfo=timezone.utc)
print(repr(t), t, t.utcoffset(), t.tzname())
print(time(8) < time(9), time(8, 0) == time(8), max(time(1), time(0, 59)), time.min, time.max)
print(time(10, 0).replace(minute=45), bool(time(0)))
