# multiple inheritance: the diamond, CPython's C3 MRO, and cooperative super() calls
class A:
    def __init__(self):
        print("A init")

    def who(self):
        return "A"


class B(A):
    def __init__(self):
        print("B init")
        super().__init__()

    def who(self):
        return "B" + super().who()


class C(A):
    def __init__(self):
        print("C init")
        super().__init__()

    def who(self):
        return "C" + super().who()


class D(B, C):
    def __init__(self):
        print("D init")
        super().__init__()


d = D()
print(d.who(), [k.__name__ for k in D.__mro__])
print(isinstance(d, C), issubclass(D, A))
