# bare raise re-raises the current exception; raise inside except chains the context
def parse(text):
    try:
        return int(text)
    except ValueError:
        print("logging bad input", repr(text))
        raise


try:
    parse("zz")
except ValueError as error:
    print("outer got", error)
try:
    try:
        {}["a"]
    except KeyError as error:
        raise RuntimeError("lookup failed") from None
except RuntimeError as error:
    print(error, error.__cause__, error.__suppress_context__, repr(error.__context__))
