# global: rebinding module names from functions, reading without global, creating a new global
counter = 0
settings = {"mode": "a"}


def bump():
    global counter
    counter += 1


def configure():
    settings["mode"] = "b"


def create():
    global created
    created = "made inside"


def shadow():
    counter = 100
    return counter


bump()
bump()
configure()
create()
print(counter, settings, created, shadow(), counter)
