# datetime errors: out-of-range fields, overflow, wrong operand types, date vs datetime comparison
from datetime import date, datetime, time, timedelta

tests = [
    lambda: date(2024, 13, 1),
    lambda: date(2023, 2, 29),
    lambda: date(0, 1, 1),
    lambda: datetime(2024, 1, 1, 24),
    lambda: time(0, 60),
    lambda: datetime(2024, 1, 1, 0, 0, 0, 1000000),
    lambda: timedelta(days=1000000000),
    lambda: date.max + timedelta(days=1),
    lambda: date(2020, 1, 1) + 1,
    lambda: datetime(2020, 1, 1) < date(2020, 1, 1),
    lambda: timedelta(1) < 5,
    lambda: date(2020, 1, 1.5),
    lambda: timedelta(1) / 0,
]
for t in tests:
    try:
        print(t())
    except Exception as e:
        print(type(e).__name__ + ":", e)
print(datetime(2020, 1, 1) == date(2020, 1, 1), date(2020, 1, 1) == datetime(2020, 1, 1))
