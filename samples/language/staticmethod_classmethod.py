# staticmethod and classmethod called on the class, on instances, and on subclasses (cls is the subclass)
class Shape:
    sides = 0

    @classmethod
    def make(cls):
        return cls()

    @classmethod
    def describe(cls):
        return f"{cls.__name__} with {cls.sides} sides"

    @staticmethod
    def unit(name):
        return f"unit {name}"


class Square(Shape):
    sides = 4


print(Shape.describe(), Square.describe(), Square().describe())
print(type(Square.make()).__name__, Shape.unit("m"), Square().unit("cm"))
