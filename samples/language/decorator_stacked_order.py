# stacked decorators apply bottom-up and run top-down
def tag(name):
    print("making", name)

    def decorate(fn):
        print("applying", name)

        def wrapper():
            return f"<{name}>{fn()}</{name}>"
        return wrapper
    return decorate


@tag("b")
@tag("i")
def text():
    return "hi"


print(text())
