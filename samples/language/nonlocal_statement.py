# nonlocal across two levels of nesting, and closures sharing one cell
def outer():
    level = 0
    log = []

    def middle():
        def inner():
            nonlocal level
            level += 10
            log.append(level)

        inner()
        inner()
        return level

    def reset():
        nonlocal level
        level = -1

    print(middle())
    reset()
    print(level, log)


outer()


def pair():
    value = "start"

    def get():
        return value

    def put(new):
        nonlocal value
        value = new

    return get, put


get, put = pair()
put("changed")
print(get())
