# C3 linearization: __mro__, mro(), __bases__ print as CPython; attribute lookup follows the MRO
class Base:
    kind = "base"

    def describe(self):
        return "Base.describe"

    @classmethod
    def make(cls):
        return f"Base.make for {cls.__name__}"


class Left(Base):
    kind = "left"

    @classmethod
    def make(cls):
        return "Left>" + super(Left, cls).make()


class Right(Base):
    def describe(self):
        return "Right.describe"

    def only_right(self):
        return "only on Right"


class Both(Left, Right):
    pass


class Other:
    def describe(self):
        return "Other.describe"


class Many(Both, Other):
    pass


print(Both.__mro__)
print(Both.mro())
print(Both.__bases__)
print(Base.__bases__, Left.__bases__)
print(Many.__mro__)
both = Both()
print(both.kind, both.describe(), both.only_right())
print(Both.make())
print(Many.make(), Many().describe())
print(isinstance(both, Right), isinstance(both, Left), isinstance(both, Other))
print(issubclass(Both, Right), issubclass(Many, Other), issubclass(Right, Left))
print(type(both).__name__, type(both) is Both)


class Multiplier:
    def __init__(self, factor, **kwargs):
        super().__init__(**kwargs)
        self.factor = factor


class Adder:
    def __init__(self, offset, **kwargs):
        super().__init__(**kwargs)
        self.offset = offset


class Calculator(Multiplier, Adder):
    def __init__(self, **kwargs):
        super().__init__(**kwargs)

    def apply(self, x):
        return x * self.factor + self.offset


calc = Calculator(factor=3, offset=4)
print(calc.apply(5), [c.__name__ for c in Calculator.__mro__])
try:
    class Bad(Base, Left):
        pass
except TypeError as error:
    print(error)
try:
    class Twice(Base, Base):
        pass
except TypeError as error:
    print(error)
