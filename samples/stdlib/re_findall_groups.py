# re.findall: whole matches, one group, several groups (tuples), optional groups as ''
import re

text = "a=1, b=22, c=333, d="
print(re.findall(r"\d+", text))
print(re.findall(r"(\w)=\d+", text))
print(re.findall(r"(\w)=(\d*)", text))
print(re.findall(r"(\w)=(\d)?", text))
print(re.findall(r"[aeiou]", "programming language"))
print(re.compile(r"\b\w{5}\b").findall("these words: hello world, python rules"))
