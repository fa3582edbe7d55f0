# A defaultdict without a factory raises KeyError like a dict (collections.defaultdict)
from collections import defaultdict

d = defaultdict(None, {"a": 1})
print(d)
try:
    d["b"]
except KeyError as e:
    print("KeyError", e)
print(d.default_factory)
