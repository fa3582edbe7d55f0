# recursion close to CPython's default limit of 1000 frames works
def depth(n):
    if n == 0:
        return 0
    return 1 + depth(n - 1)


def total(values, index=0):
    if index == len(values):
        return 0
    return values[index] + total(values, index + 1)


print(depth(990))
print(total(list(range(900))))


def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)


print(fact(30), len(str(fact(500))))
