# repr of strings: quote choice and every escape CPython uses
cases = ["plain", "it's", 'say "hi"', "both ' and \"", "back\\slash", "tab\there", "nl\nline", "cr\r", "\x00\x01\x1f",
         "\x7f", "\x80\x9f", "\xa0", "\xad", "é", "\u2028", "\u200e", "\ufeff", "\U0001f600", "\U000e0001", "'", '"', "'\"", ""]
for c in cases:
    print(repr(c), ascii(c), len(repr(c)))
print(["it's", 'a"b'], ("\n",), {"k\t": "v'"})
print(str("it's"), "%r" % "x'y\"", f"{'q'!r}", "{!r}".format("\\"))
