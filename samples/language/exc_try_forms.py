# try/except forms: a type, a tuple, as, bare except, else only without an exception, order of handlers
def run(kind):
    try:
        if kind == "value":
            raise ValueError("v")
        if kind == "key":
            raise KeyError("k")
        if kind == "type":
            raise TypeError("t")
        if kind == "custom":
            raise RuntimeError("r")
    except ValueError:
        print(kind, "-> ValueError handler")
    except (KeyError, TypeError) as error:
        print(kind, "-> tuple handler", repr(error))
    except:
        print(kind, "-> bare handler")
    else:
        print(kind, "-> else")
    finally:
        print(kind, "-> finally")


for kind in ["value", "key", "type", "custom", "none"]:
    run(kind)
