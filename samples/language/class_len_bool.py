# truth testing uses __bool__, then __len__; len() requires an int from __len__
class Bag:
    def __init__(self, items):
        self.items = items

    def __len__(self):
        return len(self.items)


class Flag:
    def __init__(self, on):
        self.on = on

    def __bool__(self):
        return self.on


class Neither:
    pass


print(len(Bag([1, 2])), bool(Bag([])), bool(Bag([0])), bool(Flag(False)), bool(Neither()))
print("full" if Bag([1]) else "empty", not Flag(True))
try:
    len(Neither())
except TypeError as error:
    print(error)
