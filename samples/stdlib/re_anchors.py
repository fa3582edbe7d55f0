# Anchors: $ before a trailing newline, \A, \Z, ^/$ with MULTILINE, \b and \B
import re

print(re.search(r"end$", "the end\n"), re.search(r"end\Z", "the end\n"), re.search(r"end\Z", "the end"))
print(re.findall(r"\Aab", "abab"), re.findall(r"ab$", "ab\nab\n", re.M), re.findall(r"ab$", "ab\nab\n"))
print(re.sub(r"$", "!", "line\n"), re.sub(r"$", "!", "a\nb\n", flags=re.M))
print(re.findall(r"\bcat\b", "cat concat cat. cats"), re.findall(r"\Bcat", "concat cat"))
print(re.match(r".*", "ab\ncd").group(), re.fullmatch(r"ab$", "ab\n"))
