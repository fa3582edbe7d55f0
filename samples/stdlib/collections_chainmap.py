# ChainMap looks keys up through several mappings (collections.ChainMap)
from collections import ChainMap

defaults = {"color": "red", "user": "guest"}
overrides = {"user": "admin"}
cm = ChainMap(overrides, defaults)
print(cm["user"], cm["color"])
cm["color"] = "blue"
print(overrides, defaults)
print(sorted(cm), len(cm))
child = cm.new_child()
child["x"] = 1
print(child["x"], "x" in cm)
