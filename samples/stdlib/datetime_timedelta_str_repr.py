# datetime.timedelta: normalization, str and repr of positive, negative, fractional values
from datetime import timedelta

for td in [
    timedelta(),
    timedelta(days=1),
    timedelta(days=2, hours=3, minutes=4, seconds=5),
    timedelta(seconds=-1),
    timedelta(microseconds=-1),
    timedelta(hours=36),
    timedelta(weeks=1, milliseconds=1500),
    timedelta(minutes=1.5),
    timedelta(days=-3, seconds=10),
    timedelta(seconds=0.000001),
]:
    print(str(td), "|", repr(td), "|", td.days, td.seconds, td.microseconds)
print(timedelta.min, timedelta.max, timedelta.resolution)
