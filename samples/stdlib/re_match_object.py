# re.Match API: group/groups/groupdict with defaults, lastindex/lastgroup, expand, indexing, regs
import re

m = re.match(r"(?P<a>x)(y)?(?P<c>z)?", "xz")
print(m.groups(), m.groups("-"), m.groupdict(), m.groupdict(0))
print(m[0], m["a"], m[3], m.group(2), m.span(2), m.regs)
print(m.lastindex, m.lastgroup, m.re.pattern, m.expand(r"<\g<a>|\3>"))
m2 = re.match(r"((a)b)", "ab")
print(m2.lastindex, m2.lastgroup, m2.groups())
try:
    m.group(5)
except IndexError as e:
    print("IndexError:", e)
