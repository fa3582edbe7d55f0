# yield as an expression: bare yield gives None, yield in an assignment, yield inside try/finally
def echo():
    received = []
    try:
        while len(received) < 3:
            value = yield len(received)
            received.append(value)
    finally:
        print("echo finished with", received)


g = echo()
print(next(g), g.send("a"), next(g))
try:
    g.send("c")
except StopIteration:
    print("stopped")


def pairs():
    x = yield
    y = yield
    yield x, y


p = pairs()
next(p)
p.send(1)
print(p.send(2))
