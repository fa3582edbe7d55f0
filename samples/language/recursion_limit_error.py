# unbounded recursion raises RecursionError, which can be caught, and the program continues
def forever(n):
    return forever(n + 1)


try:
    forever(0)
except RecursionError as error:
    print(type(error).__name__, error)
print("still running", issubclass(RecursionError, RuntimeError))
