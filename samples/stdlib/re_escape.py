# re.escape: which characters are escaped, and matching literal text with it
import re

for s in ["a.b", "1+1=2", "(x)", "price: $5", "tab\there", "a-b_c", "~&#"]:
    print(repr(re.escape(s)))
print(re.findall(re.escape("a.b"), "a.b axb a.b"))
print(re.sub(re.escape("$5"), "five dollars", "it costs $5"))
