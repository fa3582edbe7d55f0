# json.dumps errors for unsupported values and keys (json.dumps TypeError)
import json

for value in [{1, 2}, {(1, 2): "tuple key"}, range(3)]:
    try:
        json.dumps(value)
    except TypeError as e:
        print("TypeError:", e)
