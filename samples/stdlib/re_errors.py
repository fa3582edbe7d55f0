# re.error messages and positions for malformed patterns; Pattern repr; bad templates
import re

for p in ["(a", "a)", "a**", "*a", r"\q", "[a-", r"(?P<1x>a)", r"(?P=nope)", r"(a)\2", "a{2,1}", "(?<x>a)", "(?z)"]:
    try:
        re.compile(p)
        print("ok", p)
    except re.error as e:
        print(repr(p), "->", e, "| pos", e.pos)
for tmpl in [r"\g<2>", r"\g<x", r"\9"]:
    try:
        re.sub(r"(a)", tmpl, "a")
    except (re.error, IndexError) as e:
        print(type(e).__name__, e)
print(repr(re.compile(r"\d+\s")), re.compile("a") == re.compile("a"))
