# datetime/date/time.fromisoformat: accepted forms (offsets, Z, fractions, compact dates) and errors
from datetime import date, datetime, time

for s in ["2024-03-04", "20240304", "2024-03-04T05:06", "2024-03-04 05:06:07.123",
          "2024-03-04T05:06:07+05:30", "2024-03-04T05:06:07Z", "2024-03-04T05:06:07.123456-08:00"]:
    print(repr(datetime.fromisoformat(s)))
print(repr(date.fromisoformat("2021-12-31")), repr(time.fromisoformat("10:20:30.5")), repr(time.fromisoformat("10:20")))
for bad in ["2024-3-4", "not a date", "2024-03-04T25:00"]:
    try:
        print(datetime.fromisoformat(bad))
    except ValueError as e:
        print("ValueError:", e)
