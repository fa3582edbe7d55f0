# all six rich comparisons, NotImplemented falling back to the reflected method, == falling back to identity
class Temp:
    def __init__(self, deg):
        self.deg = deg

    def __eq__(self, other):
        if not isinstance(other, Temp):
            return NotImplemented
        return self.deg == other.deg

    def __lt__(self, other):
        return self.deg < other.deg

    def __le__(self, other):
        return self.deg <= other.deg

    def __gt__(self, other):
        return self.deg > other.deg

    def __ge__(self, other):
        return self.deg >= other.deg


a, b = Temp(10), Temp(20)
print(a == Temp(10), a != b, a < b, a <= b, a > b, a >= Temp(10))
print(a == 10, a != "x", a in [Temp(10)])
