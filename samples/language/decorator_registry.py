# decorators that register functions in a dict and return them unchanged
handlers = {}


def register(name):
    def decorate(fn):
        handlers[name] = fn
        return fn
    return decorate


@register("double")
def double(x):
    return 2 * x


@register("square")
def square(x):
    return x * x


for name, fn in handlers.items():
    print(name, fn(7), fn.__name__)
print(double(4))
