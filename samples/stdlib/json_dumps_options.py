# Compact separators, ensure_ascii=False and default= (json.dumps)
import json

print(json.dumps({"a": [1, 2], "b": "x"}, separators=(",", ":")))
print(json.dumps({"city": "Zürich"}, ensure_ascii=False))
print(json.dumps({"city": "Zürich"}))
print(json.dumps({"s": {3, 1, 2}}, default=sorted))
print(json.dumps(1e100), json.dumps(0.1 + 0.2), json.dumps(float("inf")))
