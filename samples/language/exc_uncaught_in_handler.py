# an exception raised while handling another: stderr ends with the new one, exit status 1
try:
    [][0]
except IndexError:
    print("handling")
    None.missing
