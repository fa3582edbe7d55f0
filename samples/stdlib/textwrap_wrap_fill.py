# Wrapping a paragraph to a width (textwrap.wrap, textwrap.fill)
import textwrap

text = ("Python is a programming language that lets you work quickly and integrate "
        "systems more effectively. It is well-known for its readability.")
print(textwrap.wrap(text, width=30))
print(textwrap.fill(text, width=40))
print(textwrap.fill(text, width=25, initial_indent="* ", subsequent_indent="  "))
