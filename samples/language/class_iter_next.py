# a class with __iter__ returning self and __next__ raising StopIteration; used by for, list, in
class Countdown:
    def __init__(self, start):
        self.current = start

    def __iter__(self):
        return self

    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1


print(list(Countdown(3)))
for n in Countdown(2):
    print("n", n)
print(2 in Countdown(5), sum(Countdown(4)))
it = Countdown(1)
print(next(it), next(it, "done"))
