# * and ** on the call side: several unpackings, mixed with plain arguments, any iterable
def f(a, b, c, d=0, **rest):
    return a, b, c, d, rest


args = [1, 2]
print(f(*args, 3))
print(f(0, *"xy", d=9))
print(f(*range(3), *[4]))
options = {"c": 30, "d": 40}
print(f(1, 2, **options))
print(f(*(1, 2, 3), **{"d": 4, "e": 5}))
print(f(1, *[2], c=3, **{"z": 0}))
print(f(1, **{"b": 2}, **{"c": 3}))
