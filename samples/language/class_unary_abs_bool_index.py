# unary dunders and conversions: __neg__, __pos__, __abs__, __invert__, __int__, __float__, __index__
class N:
    def __init__(self, v):
        self.v = v

    def __neg__(self):
        return N(-self.v)

    def __pos__(self):
        return N(self.v + 1000)

    def __abs__(self):
        return N(abs(self.v))

    def __invert__(self):
        return N(~self.v)

    def __int__(self):
        return self.v

    def __float__(self):
        return float(self.v) / 2

    def __index__(self):
        return self.v

    def __repr__(self):
        return f"N({self.v})"


n = N(-5)
print(-n, +n, abs(n), ~n, int(n), float(n))
print([10, 20, 30][N(1)], bin(N(5)), hex(N(255)), range(N(3)))
