# an uncaught exception: traceback on stderr, exit status 1, output before it kept
def divide(a, b):
    return a / b


print("before")
print(divide(1, 0))
print("never")
