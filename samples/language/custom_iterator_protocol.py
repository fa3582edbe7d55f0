# a separate iterator class: the iterable can be looped many times; iterators are single-pass
class Range2:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return Range2Iterator(self.n)


class Range2Iterator:
    def __init__(self, n):
        self.i = 0
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.i >= self.n:
            raise StopIteration
        self.i += 1
        return self.i * 2


r = Range2(3)
print(list(r), list(r), sum(r), [a + b for a, b in zip(r, r)])
it = iter(r)
print(next(it), list(it), list(it))
a, b, c = Range2(3)
print(a, b, c, dict(enumerate(r)))
