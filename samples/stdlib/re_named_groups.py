# Python-only regex syntax translated: (?P<name>...), (?P=name), (?:...), (?#comment), groupindex
import re

p = re.compile(r"(?P<q>['\"])(?P<body>.*?)(?P=q)(?#a quoted string)")
print(p.groupindex, p.groups, p.pattern)
for m in p.finditer("say 'hi' and \"bye\" but 'no\""):
    print(m.group("body"), m.group("q"), m.span())
print(re.sub(r"(?P<w>\w+) (?P=w)", r"\g<w>", "the the cat sat sat"))
print(re.match(r"(?:ab)+(c)", "ababc").groups())
