# decorators: plain, with arguments, stacked
def shout(fn):
    def wrapper(*args, **kwargs):
        return fn(*args, **kwargs).upper()
    return wrapper


def repeat(times):
    def decorate(fn):
        def wrapper(*args, **kwargs):
            return [fn(*args, **kwargs) for _ in range(times)]
        return wrapper
    return decorate


@shout
def greet(name, punctuation="!"):
    return "hello " + name + punctuation


@repeat(2)
@shout
def word():
    return "hey"


print(greet("ada"), greet("bob", punctuation="?"), word())
