# re.sub replacement templates: \1 \g<name> \g<0> \n escapes, unmatched groups as empty
import re

print(re.sub(r"(\w+) (\w+)", r"\2 \1", "hello world, foo bar"))
print(re.sub(r"(?P<first>\w+)@(?P<dom>\w+)", r"\g<dom> at \g<first> (\g<0>)", "joe@home ann@work"))
print(re.sub(r"(\d+)", r"<\1>", "a1b22c333"))
print(re.sub(r",\s*", r"\n", "x, y,z"))
print(re.sub(r"(a)|(b)", r"[\1\2]", "abc"))
print(re.sub(r"x", r"\\", "axbx"), re.sub("o", "0", "foo boo", count=2))
print(re.sub(r"(\d)(\d)", r"\g<2>\g<1>", "1234"), re.sub(r"-", r"\-", "a-b"))
