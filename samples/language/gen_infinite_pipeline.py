# infinite generators consumed partially: a pipeline of generators stopped with break and next
def naturals():
    n = 0
    while True:
        yield n
        n += 1


def squares(source):
    for n in source:
        yield n * n


def take(count, source):
    for index, value in enumerate(source):
        if index == count:
            return
        yield value


print(list(take(5, squares(naturals()))))
evens = (n for n in naturals() if n % 2 == 0)
print(next(evens), next(evens), next(evens))
for n in squares(naturals()):
    if n > 50:
        print("first square above 50:", n)
        break
