# json.dump to a file and json.load back (json.dump, json.load)
import json
import os
import tempfile

path = os.path.join(tempfile.gettempdir(), "py2ts_json_file_sample.json")
with open(path, "w") as f:
    json.dump({"a": [1, 2], "b": "text"}, f, indent=1)
with open(path) as f:
    print(f.read())
with open(path) as f:
    print(json.load(f))
os.remove(path)
