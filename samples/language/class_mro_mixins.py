# mixins: methods found left to right in the bases, attributes from several bases
class JsonMixin:
    def to_json(self):
        items = ", ".join(f'"{k}": {v!r}' for k, v in sorted(self.__dict__.items()))
        return "{" + items + "}"


class ReprMixin:
    def __repr__(self):
        return f"{type(self).__name__}({self.__dict__})"


class Named:
    def __init__(self, name):
        self.name = name


class Item(JsonMixin, ReprMixin, Named):
    def __init__(self, name, qty):
        super().__init__(name)
        self.qty = qty


item = Item("pen", 3)
print(item.to_json())
print(repr(item))
print([c.__name__ for c in Item.__mro__])
