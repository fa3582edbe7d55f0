# re.match / re.search / re.fullmatch and Pattern methods with pos/endpos; Match repr
import re

print(re.match(r"\d+", "123abc"), re.match(r"\d+", "abc123"))
print(re.search(r"\d+", "abc123def456"), re.fullmatch(r"\w+", "abc"), re.fullmatch(r"\w+", "ab c"))
p = re.compile(r"[a-z]+")
print(p.match("xyz", 1), p.search("12ab34", 0, 3), p.fullmatch("abcdef", 2, 4), p.match("abc", 5))
print(re.fullmatch(r"a|ab", "ab"), re.match(r"a|ab", "ab"))
m = re.search(r"(\w+)@(\w+)\.com", "mail bob@example.com now")
print(m.group(), m.group(1, 2), m.start(), m.end(), m.span(2), m.pos, m.endpos, m.string)
print(bool(re.match("", "x")), re.match("", ""))
