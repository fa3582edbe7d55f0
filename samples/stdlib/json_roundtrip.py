# dumps then loads gives back an equal value (json round trip)
import json

original = {"list": [1, 2.5, "x"], "nested": {"t": True, "f": False, "n": None}}
text = json.dumps(original, sort_keys=True)
print(text)
back = json.loads(text)
print(back == original, back)
