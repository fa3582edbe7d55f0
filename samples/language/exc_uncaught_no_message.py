# an uncaught exception without a message prints only its name
def fail():
    raise NotImplementedError


fail()
