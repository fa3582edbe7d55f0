# OrderedDict move_to_end and popitem(last=...) (collections.OrderedDict)
from collections import OrderedDict

od = OrderedDict()
od["a"] = 1
od["b"] = 2
od["c"] = 3
od.move_to_end("a")
print(od)
od.move_to_end("c", last=False)
print(list(od))
print(od.popitem(), od.popitem(last=False))
print(od, OrderedDict())
