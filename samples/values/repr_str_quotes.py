# str repr picks quotes like CPython and escapes control characters
for s in ["plain", "it's", 'say "hi"', "both ' and \"", "tab\there", "new\nline", "back\\slash", "\x00\x7f\x1b", "é ü ß", "\u200b zero width", "emoji 😀", "\ud7ff"]:
    print(repr(s))
print(ascii("café 😀"), ascii(["é"]))
