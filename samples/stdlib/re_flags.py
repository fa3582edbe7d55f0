# re flags: IGNORECASE, MULTILINE, DOTALL, VERBOSE, ASCII, inline (?i)/(?s) at the start, combined flags
import re

print(re.findall(r"hello", "Hello HELLO hello", re.I))
print(re.findall(r"^\w+", "one\ntwo\nthree", re.M), re.findall(r"^\w+", "one\ntwo"))
print(re.findall(r"\w+$", "one\ntwo\nthree", re.MULTILINE))
print(re.match(r"a.b", "a\nb"), re.match(r"a.b", "a\nb", re.S).group())
print(re.findall(r"(?i)abc", "ABC abc"), re.match(r"(?s).+", "x\ny").group())
pat = re.compile(r"""
    (\d{3})   # area code
    [-.\ ]?   # separator
    (\d{4})   # number
""", re.VERBOSE)
print(pat.search("call 555-1234").groups(), pat.search("555 1234").groups())
print(re.findall(r"\w+", "naïve café", re.A), re.findall(r"\w+", "naïve café"))
print(re.compile("x", re.I | re.M), re.compile("x").flags, re.compile("x", re.I).flags)
