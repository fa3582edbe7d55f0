# a generator's return value travels in StopIteration.value; exhausted generators stay exhausted
def gen():
    yield 1
    return "finished"


g = gen()
print(next(g))
try:
    next(g)
except StopIteration as stop:
    print("stop value", repr(stop.value), stop.args)
try:
    next(g)
except StopIteration as stop:
    print("again", repr(stop.value))
print(next(g, "default"), list(g))
