# __call__ makes instances callable with positional and keyword arguments
class Multiplier:
    def __init__(self, factor):
        self.factor = factor

    def __call__(self, value, *, offset=0):
        return value * self.factor + offset


triple = Multiplier(3)
print(triple(4), triple(4, offset=1), callable(triple), list(map(triple, [1, 2])))
