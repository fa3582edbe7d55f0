# positional-only parameters before /: the same name can also arrive in **kwargs
def power(base, exponent=2, /, *, mod=None):
    result = base ** exponent
    return result if mod is None else result % mod


def tag(name, /, **attrs):
    return name, attrs


print(power(3), power(2, 10), power(2, 10, mod=7))
print(tag("div", name="main", id=1))
try:
    power(base=3)
except TypeError as error:
    print(error)
