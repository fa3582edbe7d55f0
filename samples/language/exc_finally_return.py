# finally runs on return; a return in finally overrides the try's return and swallows an exception
def normal():
    try:
        return "from try"
    finally:
        print("finally runs before returning")


def override():
    try:
        return "try"
    finally:
        return "finally wins"


def swallow():
    try:
        raise ValueError("lost")
    finally:
        return "exception swallowed"


def order():
    log = []
    try:
        log.append("try")
        return log
    finally:
        log.append("finally")


print(normal(), override(), swallow(), order())
