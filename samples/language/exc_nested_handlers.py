# nested try statements: inner handler misses, outer catches; exceptions propagate out of functions
def level3():
    raise ValueError("deep")


def level2():
    try:
        level3()
    except KeyError:
        print("never")
    finally:
        print("level2 finally")


def level1():
    try:
        level2()
    except ValueError as error:
        print("level1 caught", error)
        return "recovered"


print(level1())
