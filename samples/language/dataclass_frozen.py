# @dataclass(frozen=True): assignment raises FrozenInstanceError, instances are hashable
from dataclasses import dataclass, FrozenInstanceError


@dataclass(frozen=True)
class Coord:
    lat: float
    lon: float


c = Coord(1.5, 2.5)
try:
    c.lat = 0.0
except FrozenInstanceError as error:
    print(type(error).__name__, error)
print(c, hash(c) == hash(Coord(1.5, 2.5)), {c: "here"}[Coord(1.5, 2.5)])
