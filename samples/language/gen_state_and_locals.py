# each generator object keeps its own locals; several can be interleaved
def counter(name, step):
    value = 0
    while True:
        value += step
        yield f"{name}={value}"


a = counter("a", 1)
b = counter("b", 10)
print(next(a), next(b), next(a), next(a), next(b))
print([next(a) for _ in range(2)])
