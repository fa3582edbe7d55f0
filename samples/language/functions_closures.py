# closures, nonlocal counters, late binding in loops, lambdas as values
def make_counter():
    count = 0

    def increment(step=1):
        nonlocal count
        count += step
        return count

    return increment


counter = make_counter()
print(counter(), counter(), counter(5))
adders = [lambda x: x + i for i in range(3)]
print([f(10) for f in adders])
bound = [lambda x, i=i: x + i for i in range(3)]
print([f(10) for f in bound])
ops = {"double": lambda v: v * 2, "square": lambda v: v ** 2}
print({name: op(7) for name, op in ops.items()})
