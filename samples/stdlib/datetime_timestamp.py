# datetime.fromtimestamp/timestamp/utcfromtimestamp with fixed values (aware, so independent of local time)
from datetime import datetime, timezone

for ts in [0, 1700000000, 1700000000.5, 86399.999999, -1]:
    dt = datetime.fromtimestamp(ts, timezone.utc)
    print(ts, repr(dt), dt.timestamp())
print(repr(datetime.utcfromtimestamp(1234567890)))
print(datetime(2038, 1, 19, 3, 14, 8, tzinfo=timezone.utc).timestamp())
print(datetime.fromtimestamp(1e9, tz=timezone.utc).isoformat())
