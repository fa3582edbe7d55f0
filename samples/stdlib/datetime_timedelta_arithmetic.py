# datetime.timedelta arithmetic: + - * / // % divmod abs neg total_seconds, comparisons, bool
from datetime import timedelta

h = timedelta(hours=1)
m = timedelta(minutes=25)
print(h + m, h - m, m - h, -h, abs(m - h), +m)
print(h * 3, 3 * h, h * 0.5, h / 4, h / m, h // m, h % m, divmod(h, m))
print(h // 7, (h * 2.5).total_seconds(), m.total_seconds())
print(h > m, h == timedelta(minutes=60), h != m, sorted([h, m, timedelta(0)]))
print(bool(timedelta(0)), bool(m), sum([h, m, m], timedelta()))
