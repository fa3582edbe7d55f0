# generator close(): GeneratorExit at the paused yield, finally blocks run, and the edge cases
def counter(label):
    try:
        n = 0
        while True:
            yield n
            n += 1
    finally:
        print("finally", label)


g = counter("a")
print(next(g), next(g))
print(g.close(), "closed a")
print(list(g), next(g, "exhausted"))

fresh = counter("never started")
fresh.close()
print("closing an unstarted generator runs nothing")


def stubborn():
    try:
        yield 1
    except GeneratorExit:
        print("caught GeneratorExit")
        yield 2


s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as error:
    print("RuntimeError:", error)


def polite():
    try:
        yield 1
    except GeneratorExit:
        print("polite exit")
        raise


p = polite()
next(p)
p.close()
p.close()
print("second close is a no-op")

t = counter("thrown")
try:
    t.throw(KeyError("k"))
except KeyError as error:
    print("throw into a fresh generator raises at once:", repr(error))
print(list(t))


def delegate():
    try:
        yield from counter("inner")
    finally:
        print("finally outer")


d = delegate()
print(next(d), next(d))
d.close()
print(type(d).__name__, type(counter).__name__)

g2 = counter("loop")
for value in g2:
    if value == 2:
        break
print("after break, still open:", next(g2))
g2.close()


def running():
    yield gen_ref.send(None)


gen_ref = running()
try:
    next(gen_ref)
except ValueError as error:
    print("ValueError:", error)

for value in counter("temporary"):
    if value == 1:
        break
print("after the loop that owned it")


def first_even(numbers):
    for n in (x for x in numbers if x % 2 == 0):
        return n


print(first_even([1, 3, 4, 6]))
