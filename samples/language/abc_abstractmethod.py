# abc.ABC with @abstractmethod: the abstract class cannot be instantiated, a full subclass can
from abc import ABC, abstractmethod


class Shape(ABC):
    @abstractmethod
    def area(self):
        ...

    @abstractmethod
    def name(self):
        ...

    def describe(self):
        return f"{self.name()} of area {self.area()}"


class Square(Shape):
    def __init__(self, side):
        self.side = side

    def area(self):
        return self.side ** 2

    def name(self):
        return "square"


class Half(Shape):
    def area(self):
        return 0


print(Square(3).describe(), isinstance(Square(1), Shape))
for cls in [Shape, Half]:
    try:
        cls()
    except TypeError as error:
        print(error)
