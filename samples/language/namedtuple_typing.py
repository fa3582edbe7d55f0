# typing.NamedTuple: fields with defaults, repr, tuple behaviour, _replace, _asdict, _fields
from typing import NamedTuple


class Employee(NamedTuple):
    name: str
    dept: str = "none"
    salary: int = 0


e = Employee("ann", salary=10)
print(e, e.name, e[2], len(e), e == ("ann", "none", 10))
name, dept, salary = e
print(name, dept, salary, e._fields, e._asdict())
print(e._replace(dept="ops"), isinstance(e, tuple), sorted([Employee("b"), Employee("a")]))
try:
    e.name = "bob"
except AttributeError as error:
    print(error)
