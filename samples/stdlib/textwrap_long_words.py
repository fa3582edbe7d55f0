# Long words are broken, hyphenated words split at hyphens (textwrap break_long_words)
import textwrap

print(textwrap.wrap("Supercalifragilisticexpialidocious", width=10))
print(textwrap.wrap("a well-known state-of-the-art approach", width=12))
print(textwrap.wrap("Supercalifragilisticexpialidocious word", width=10, break_long_words=False))
