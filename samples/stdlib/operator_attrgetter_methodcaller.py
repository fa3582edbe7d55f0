# attrgetter and methodcaller (operator)
from operator import attrgetter, methodcaller

class Item:
    def __init__(self, name, price):
        self.name = name
        self.price = price

items = [Item("b", 3), Item("a", 5), Item("c", 1)]
print([i.name for i in sorted(items, key=attrgetter("price"))])
print(list(map(methodcaller("upper"), ["x", "y"])))
print(methodcaller("split", ",")("a,b,c"))
print(methodcaller("replace", "a", "o")("banana"))
