# __getitem__, __setitem__, __delitem__, __contains__; __getitem__ alone makes a class iterable
class Grid:
    def __init__(self):
        self.cells = {}

    def __getitem__(self, key):
        return self.cells.get(key, ".")

    def __setitem__(self, key, value):
        self.cells[key] = value

    def __delitem__(self, key):
        del self.cells[key]

    def __contains__(self, key):
        return key in self.cells


class Squares:
    def __getitem__(self, index):
        if index >= 4:
            raise IndexError(index)
        return index * index


g = Grid()
g[0, 1] = "x"
g[2, 2] = "o"
print(g[0, 1], g[5, 5], (2, 2) in g, (9, 9) in g)
del g[0, 1]
print((0, 1) in g, list(Squares()), 9 in Squares())
