# __eq__ with __hash__ makes instances usable as dict keys and set members; __eq__ alone unhashes
class Key:
    def __init__(self, name):
        self.name = name

    def __eq__(self, other):
        return isinstance(other, Key) and self.name == other.name

    def __hash__(self):
        return hash(self.name)

    def __repr__(self):
        return f"Key({self.name!r})"


class OnlyEq:
    def __eq__(self, other):
        return True


table = {Key("a"): 1}
table[Key("a")] = 2
print(table, Key("a") in table, len({Key("x"), Key("x"), Key("y")}))
print(OnlyEq.__hash__ is None)
try:
    {OnlyEq()}
except TypeError as error:
    print(error)
print(Key("a") == Key("a"), Key("a") != Key("b"), Key("a") == "a")
