# independent closures from one factory keep separate state
def make_accumulator(start):
    total = start

    def add(amount):
        nonlocal total
        total += amount
        return total

    return add


a = make_accumulator(0)
b = make_accumulator(100)
print(a(1), a(2), b(1), a(3), b(10))


def memo(fn):
    cache = {}

    def wrapper(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]

    wrapper.cache = cache
    return wrapper


@memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(80), len(fib.cache))
