# generator.close() raises GeneratorExit at the paused yield (finally runs); throw() raises inside
def worker():
    try:
        while True:
            try:
                value = yield
                print("got", value)
            except ValueError as error:
                print("handled", error)
                yield "recovered"
    finally:
        print("cleanup")


w = worker()
next(w)
w.send(1)
print(w.throw(ValueError("bad")))
next(w)
w.close()
print("closed")
try:
    w.send(2)
except StopIteration:
    print("closed generators stop")
