# \w \d \s \b on non-ASCII text (Unicode by default, ASCII with re.A); code point indices
import re

print(re.findall(r"\w+", "grüße, мир! 世界"))
print(re.findall(r"\d", "٣4۵"), re.findall(r"\d", "٣4۵", re.ASCII))
print(re.split(r"\s+", "a\u00a0b\u2003c d"))
print(re.findall(r"\bé\w*", "élan vital, éclat"))
m = re.search(r"b+", "😀ab😀bb")
print(m.span(), m.group(), re.search("😀", "a😀").start())
print(re.sub(r"[^\w\s]", "", "¡Hola, señor! ¿Qué tal?"))
