# a decorator factory taking arguments, including keyword arguments
def prefix(text, *, upper=False):
    def decorate(fn):
        def wrapper(*args, **kwargs):
            result = text + fn(*args, **kwargs)
            return result.upper() if upper else result
        return wrapper
    return decorate


@prefix("> ")
def line(s):
    return s


@prefix("! ", upper=True)
def shout(s, end=""):
    return s + end


print(line("plain"), shout("loud", end="?"))
