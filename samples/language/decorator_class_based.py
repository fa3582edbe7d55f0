# a class used as a decorator (via __call__), counting calls on the instance
class CountCalls:
    def __init__(self, fn):
        self.fn = fn
        self.calls = 0

    def __call__(self, *args, **kwargs):
        self.calls += 1
        return self.fn(*args, **kwargs)


@CountCalls
def greet(name):
    return "hello " + name


print(greet("a"), greet("b"), greet.calls, type(greet).__name__)
