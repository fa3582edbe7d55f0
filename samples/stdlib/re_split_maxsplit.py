# re.split: plain, with capturing groups, maxsplit, leading/trailing separators, empty matches
import re

print(re.split(r"[,;]\s*", "a, b;c,d"))
print(re.split(r"(,)", "a,b,c"))
print(re.split(r"\s+", " leading and trailing ", maxsplit=2))
print(re.split(r"(-)|(\+)", "1-2+3"))
print(re.split(r"x*", "axbc"))
print(re.split(r"\W+", "Words, words, words."), re.split(r"\d", "no digits"))
print(re.compile(r"\|").split("a|b|c", 1))
