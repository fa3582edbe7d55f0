# Parsing JSON text into Python values (json.loads)
import json

text = '{"name": "Ann", "tags": ["a", "b"], "n": 12345678901234567890, "x": 1.5e3, "ok": true, "none": null}'
data = json.loads(text)
print(data)
print(type(data["n"]).__name__, type(data["x"]).__name__)
print(json.loads("[1, 2, 3]"), json.loads('"\\u00e9t\\u00e9"'), json.loads("  42  "))
