# dataclasses: @dataclass with defaults, field(default_factory), order=True, frozen=True, generated __repr__/__eq__/__init__ messages, asdict
from dataclasses import dataclass, field, asdict


@dataclass(order=True, frozen=True)
class P:
    x: int
    y: int = 0
    tags: list = field(default_factory=list)


@dataclass
class Q:
    a: int
    b: str = "z"

    def total(self):
        return self.a * 2


p = P(1)
print(p, P(1, 2) < P(2), p == P(1), P.__match_args__)
try:
    p.x = 5
except Exception as e:
    print(type(e).__name__, e)
try:
    P()
except TypeError as e:
    print(e)
q = Q(3)
q.a = 4
print(q, q.total(), Q(1) == Q(1), Q(1) != Q(2), asdict(q), Q(b="k", a=2))
print(sorted([P(2), P(1, 5), P(1, 2)]))
