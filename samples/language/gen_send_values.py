# generator.send: the first send must be None (or next), later sends become the value of yield
def averager():
    total = 0
    count = 0
    average = None
    while True:
        value = yield average
        total += value
        count += 1
        average = total / count


avg = averager()
print(next(avg))
print(avg.send(10), avg.send(20), avg.send(60))
fresh = averager()
try:
    fresh.send(5)
except TypeError as error:
    print(error)
