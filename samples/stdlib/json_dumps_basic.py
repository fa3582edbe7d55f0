# json.dumps of nested values with Python's spacing (json.dumps)
import json

data = {"name": "Ann", "age": 31, "scores": [9.5, 8.0, 10], "active": True, "spouse": None}
print(json.dumps(data))
print(json.dumps([1, "two", 3.0, False, None, {}]))
print(json.dumps("héllo \"quoted\"\n"))
print(json.dumps({1: "int key", 2.5: "float key", True: "bool key"}))
