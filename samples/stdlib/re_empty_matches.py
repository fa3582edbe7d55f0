# Empty matches as in Python 3.7+: findall/sub/split next to non-empty matches
import re

print(re.findall(r"\d*", "a12b"))
print(re.sub(r"x*", "-", "abxd"))
print(re.findall(r"^|a", "a"))
print(re.split(r"\b", "hi there"))
print(re.sub(r"", "|", "abc"), re.subn(r"a?", "*", "baac"))
print([m.span() for m in re.finditer(r"a*", "baaac")])
