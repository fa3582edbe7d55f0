# datetime.timezone: utc and fixed offsets, aware arithmetic, astimezone, utcoffset/tzname, naive vs aware errors
from datetime import datetime, timedelta, timezone

utc = timezone.utc
ist = timezone(timedelta(hours=5, minutes=30))
est = timezone(timedelta(hours=-5), "EST")
print(utc, repr(utc), ist, repr(ist), est, repr(est))
a = datetime(2024, 6, 1, 12, 0, tzinfo=utc)
print(a, repr(a), a.utcoffset(), a.tzname(), a.isoformat())
b = a.astimezone(ist)
print(b, b.tzname(), b == a, b - a, a.astimezone(est))
print(datetime(2024, 6, 1, 12, tzinfo=est) - a)
print(a.strftime("%H:%M %z %Z"), b.strftime("%z"), datetime(2024, 1, 1).utcoffset())
naive = datetime(2024, 6, 1, 12)
print(naive == a)
for f in (lambda: naive < a, lambda: naive - a, lambda: timezone(timedelta(hours=24))):
    try:
        f()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
