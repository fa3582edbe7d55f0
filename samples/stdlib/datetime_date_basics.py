# datetime.date: construction, str/repr, weekday/isoweekday/isocalendar, ordinals, replace, min/max
from datetime import date

d = date(2024, 2, 29)
print(d, repr(d), d.year, d.month, d.day)
print(d.weekday(), d.isoweekday(), d.isocalendar(), d.isocalendar().week)
print(d.toordinal(), date.fromordinal(738945), date.fromordinal(1))
print(d.replace(year=2028), d.replace(month=3, day=1))
print(date.min, date.max, date.resolution)
print(d.ctime(), d.isoformat(), d.timetuple()[:3])
for y in (2020, 2021, 2026):
    print(y, date(y, 1, 1).isocalendar(), date(y, 12, 31).isocalendar())
