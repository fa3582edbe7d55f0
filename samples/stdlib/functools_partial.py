# partial freezes some arguments (functools.partial, func/args/keywords)
from functools import partial

def power(base, exponent):
    return base ** exponent

square = partial(power, exponent=2)
cube = partial(power, exponent=3)
print(square(5), cube(2))
to_int = partial(int, base=2)
print(to_int("1010"), to_int.args, to_int.keywords)
print(list(map(partial(power, 2), range(5))))
