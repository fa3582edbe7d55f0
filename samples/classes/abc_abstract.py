# abc: ABC with @abstractmethod; instantiating an abstract class raises CPython's TypeError; a full subclass works
from abc import ABC, abstractmethod


class Shape(ABC):
    @abstractmethod
    def area(self):
        ...

    @abstractmethod
    def perim(self):
        ...

    def describe(self):
        return f"{type(self).__name__} with area {self.area()}"


class Half(Shape):
    def area(self):
        return 1


class Square(Shape):
    def __init__(self, side):
        self.side = side

    def area(self):
        return self.side ** 2

    def perim(self):
        return 4 * self.side


for cls in (Shape, Half):
    try:
        cls()
    except TypeError as e:
        print(e)
print(Square(3).area(), Square(2).perim(), Square(5).describe())
