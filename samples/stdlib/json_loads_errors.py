# JSONDecodeError with CPython's message and position (json.loads)
import json

for text in ['{"a": }', "[1, 2,]", '{"a" 1}', "", "[1] extra", '"unterminated', '{"a": 1,\n "b": tru}']:
    try:
        json.loads(text)
    except json.JSONDecodeError as e:
        print(e.msg, "|", e.pos, e.lineno, e.colno)
