# @dataclass(order=True) compares instances as tuples of their fields, so sorted() works
from dataclasses import dataclass


@dataclass(order=True)
class Version:
    major: int
    minor: int = 0


versions = [Version(1, 5), Version(0, 9), Version(1, 0)]
print(sorted(versions))
print(Version(1, 2) < Version(1, 3), Version(2) >= Version(1, 9), max(versions))
