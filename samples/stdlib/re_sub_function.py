# re.sub/re.subn with a function replacement, count, and Pattern.sub
import re

def double(m):
    return str(int(m.group()) * 2)

print(re.sub(r"\d+", double, "a1 b22 c333"))
print(re.subn(r"\s+", " ", "too    many   spaces here"))
print(re.compile(r"[aeiou]").subn(lambda m: m.group().upper(), "education", count=3))
print(re.sub(r"(?P<k>\w+)=(?P<v>\w+)", lambda m: f"{m['v']}={m['k']}", "a=1 b=2"))
