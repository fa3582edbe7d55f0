# assignment forms: tuple swap, nested lists, starred targets, chained, augmented, walrus
a, b = 1, 2
a, b = b, a
first, *middle, last = range(6)
head, *tail = "xyz"
x = y = [0]
x.append(1)
total = 10
total -= 3
total *= 2
data = [5, 3, 8]
if (count := len(data)) > 2:
    print("long list", count)
print(a, b, first, middle, last, head, tail, x is y, y, total)
try:
    p, q = [1, 2, 3]
except ValueError as error:
    print(error)
try:
    p, q, r = [1, 2]
except ValueError as error:
    print(error)
