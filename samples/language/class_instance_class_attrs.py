# class attributes are shared until an instance assigns its own; a mutable class attribute is shared
class Dog:
    kind = "canine"
    tricks = []

    def __init__(self, name):
        self.name = name

    def add_trick(self, trick):
        self.tricks.append(trick)


a = Dog("a")
b = Dog("b")
a.add_trick("roll")
b.add_trick("sit")
print(a.kind, b.kind, a.tricks, Dog.tricks is a.tricks)
a.kind = "wolf"
print(a.kind, b.kind, Dog.kind)
Dog.kind = "dog"
print(a.kind, b.kind)
del a.kind
print(a.kind)
