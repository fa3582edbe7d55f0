# Lookahead and lookbehind (positive and negative), lazy quantifiers, {m,n}, {,n}, literal braces
import re

print(re.findall(r"\w+(?=!)", "hi! there! no"), re.findall(r"(?<=\$)\d+", "cost $40 or $5"))
print(re.findall(r"\b(?!un)\w+", "undo redo unto do"), re.findall(r"(?<!-)\b\d+", "-1 2 -3 4"))
print(re.findall(r"<.+?>", "<a><b>"), re.findall(r"<.+>", "<a><b>"))
print(re.findall(r"a{2,3}", "aaaa a aa"), re.findall(r"x{,2}y", "xxxy y"), re.findall(r"{x}", "a{x}b"))
print(re.match(r"(\d{1,3})(?:,(\d{3}))*$", "1,234,567").groups())
