# datetime.now()/today()/date.today()/utcnow(): types and relations only (the values are the clock's)
from datetime import date, datetime, timedelta, timezone

now = datetime.now()
today = date.today()
aware = datetime.now(timezone.utc)
print(isinstance(now, datetime), isinstance(today, datetime), isinstance(datetime.today(), datetime))
print(now > datetime(2020, 1, 1), today >= date(2020, 1, 1), now.tzinfo, aware.tzinfo)
print(abs(datetime.now() - now) < timedelta(seconds=5), abs(aware - datetime.now(timezone.utc)) < timedelta(seconds=5))
print(abs(datetime.utcnow() - aware.replace(tzinfo=None)) < timedelta(seconds=5))
print(abs(datetime.fromtimestamp(now.timestamp()) - now) < timedelta(milliseconds=1))
