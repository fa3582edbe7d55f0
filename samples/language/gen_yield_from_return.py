# yield from delegates, passes sends through, and evaluates to the subgenerator's return value
def inner():
    received = yield "first"
    print("inner received", received)
    yield "second"
    return "inner result"


def outer():
    result = yield from inner()
    print("yield from gave", result)
    yield "outer done"


gen = outer()
print(next(gen))
print(gen.send("hello"))
print(next(gen))
print(list(gen))
