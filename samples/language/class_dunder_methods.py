# dunder methods: __repr__, __str__, __eq__, __lt__ for sorted, __len__, __getitem__, __contains__, __add__, __call__, __bool__
class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"Vec({self.x}, {self.y})"

    def __str__(self):
        return f"<{self.x}, {self.y}>"

    def __eq__(self, other):
        return isinstance(other, Vec) and self.x == other.x and self.y == other.y

    def __lt__(self, other):
        return (self.x, self.y) < (other.x, other.y)

    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)

    def __len__(self):
        return 2

    def __getitem__(self, index):
        return (self.x, self.y)[index]

    def __contains__(self, value):
        return value in (self.x, self.y)

    def __call__(self, scale):
        return Vec(self.x * scale, self.y * scale)

    def __bool__(self):
        return self.x != 0 or self.y != 0


a = Vec(1, 2)
b = Vec(3, -1)
print(a, repr(a), [a, b], str(b))
print(a + b, a == Vec(1, 2), a != b, sorted([b, a, Vec(0, 9)]))
print(len(a), a[0], a[-1], 2 in a, 5 in a, a(3))
print(bool(Vec(0, 0)), bool(a), "yes" if Vec(0, 0) else "no")
