# Truncating text with a placeholder (textwrap.shorten, max_lines)
import textwrap

print(textwrap.shorten("Hello  world!", width=12))
print(textwrap.shorten("Hello  world!", width=11))
print(textwrap.shorten("The quick brown fox jumps over the lazy dog", width=25, placeholder="..."))
print(textwrap.wrap("a b c d e f g h i j", width=5, max_lines=2))
