# dataclasses.field(default_factory=...) gives each instance its own list; a mutable default is rejected
from dataclasses import dataclass, field


@dataclass
class Inventory:
    owner: str
    items: list = field(default_factory=list)
    counts: dict = field(default_factory=dict)


a = Inventory("a")
b = Inventory("b")
a.items.append("sword")
print(a, b, a.items is b.items)
try:
    @dataclass
    class Bad:
        items: list = []
except ValueError as error:
    print(error)
