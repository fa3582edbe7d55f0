# namedtuple _replace, _asdict, _fields and _make (collections.namedtuple)
from collections import namedtuple

Person = namedtuple("Person", ["name", "age"])
p = Person("Ann", 31)
print(p._replace(age=32))
print(p._asdict())
print(Person._fields)
print(Person._make(["Bob", 40]))
