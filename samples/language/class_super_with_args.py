# super(Class, self) with explicit arguments skips to the next class in the MRO
class Base:
    def greet(self):
        return "base"


class Middle(Base):
    def greet(self):
        return "middle>" + super().greet()


class Leaf(Middle):
    def greet(self):
        return "leaf>" + super(Middle, self).greet()

    def full(self):
        return super(Leaf, self).greet()


leaf = Leaf()
print(leaf.greet(), leaf.full(), Middle().greet())
