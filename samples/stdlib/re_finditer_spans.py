# re.finditer: iterating Match objects, spans and groups, list(), pos
import re

for m in re.finditer(r"(?P<word>[A-Z][a-z]+)", "Alice met Bob and Carol in Dover"):
    print(m.span(), m.group("word"), m.start("word"))
print([m.group() for m in re.finditer(r"o", "foo boo")])
print(len(list(re.finditer(r"\d", "a1b2c3"))))
it = re.compile(r"\w+").finditer("one two three", 4)
print(next(it).group(), [m.group() for m in it])
