# generators: yield, yield from, generator expressions evaluated lazily, next() with a default
def countdown(n):
    while n > 0:
        yield n
        n -= 1


def chain(*iterables):
    for iterable in iterables:
        yield from iterable


def noisy(values):
    for value in values:
        print("producing", value)
        yield value


print(list(countdown(3)), list(chain([1, 2], "ab", countdown(2))))
squares = (x * x for x in noisy([1, 2, 3]))
print("created")
print(next(squares), sum(squares))
it = iter([])
print(next(it, "empty"))
print(sum(x for x in range(10) if x % 3 == 0), max(len(w) for w in ["a", "abc", "ab"]))
