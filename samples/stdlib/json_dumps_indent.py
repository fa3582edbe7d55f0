# Pretty-printed JSON (json.dumps indent, sort_keys)
import json

data = {"b": [1, 2, {"c": []}], "a": {"x": 1, "y": {}}}
print(json.dumps(data, indent=2))
print(json.dumps(data, indent=4, sort_keys=True))
print(json.dumps([], indent=2), json.dumps({}, indent=2))
