# datetime.date arithmetic and ordering: date +/- timedelta, date - date, comparisons, sorted, hashing
from datetime import date, timedelta

a = date(2023, 12, 25)
b = date(2024, 3, 1)
print(a + timedelta(days=10), a - timedelta(weeks=2), timedelta(days=7) + a)
print(b - a, (b - a).days, a - b)
print(a < b, a == date(2023, 12, 25), a != b, max(a, b), min(a, b))
print(sorted([b, a, date(2000, 1, 1)]))
print(len({a, date(2023, 12, 25), b}))
print(a + timedelta(hours=23), a + timedelta(hours=25))
