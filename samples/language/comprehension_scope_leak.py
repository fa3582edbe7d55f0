# comprehension variables do not leak; the first iterable is evaluated in the enclosing scope
n = "module n"
squares = [n * n for n in range(4)]
print(squares, n)
items = [1, 2, 3]
result = [x + len(items) for x in items]
print(result)


class Holder:
    factor = 3
    values = [v * 2 for v in range(factor)]


print(Holder.values)
gen_vars = {k: v for k, v in [("a", 1)]}
try:
    print(k)
except NameError as error:
    print(error)
