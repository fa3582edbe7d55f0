# Removing and adding indentation (textwrap.dedent, textwrap.indent)
import textwrap

block = """
    def f():
        return 1

    print(f())
"""
print(textwrap.dedent(block))
print(textwrap.indent("line one\nline two\n\nline four", "> "))
print(textwrap.indent("a\nb", "+", lambda line: line.startswith("b")))
