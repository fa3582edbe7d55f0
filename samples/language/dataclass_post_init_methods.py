# a dataclass with methods, __post_init__ deriving a field, and inheritance adding fields
from dataclasses import dataclass, field


@dataclass
class Rect:
    width: float
    height: float
    area: float = field(init=False)

    def __post_init__(self):
        self.area = self.width * self.height

    def scale(self, k):
        return Rect(self.width * k, self.height * k)


@dataclass
class Named(Rect):
    name: str = "r"


print(Rect(2, 3), Rect(2, 3).scale(2))
print(Named(1, 1, "sq"))
