# __iadd__ mutates in place and returns self; without it += falls back to __add__ and rebinds
class Stack:
    def __init__(self, items=()):
        self.items = list(items)

    def __iadd__(self, other):
        self.items.extend(other)
        return self

    def __repr__(self):
        return f"Stack({self.items})"


class Number:
    def __init__(self, n):
        self.n = n

    def __add__(self, other):
        return Number(self.n + other)


s = Stack([1])
alias = s
s += [2, 3]
print(s, alias, s is alias)
x = Number(1)
y = x
x += 5
print(x.n, y.n, x is y)
