# deleting a local then reading it raises UnboundLocalError with CPython's message
def f():
    value = 1
    del value
    try:
        return value
    except UnboundLocalError as error:
        return str(error)


def g():
    try:
        print(later)
    except UnboundLocalError as error:
        print(error)
    later = 1


print(f())
g()
