# an uncaught exception raised from another: stderr ends with the second exception, exit status 1
def fetch():
    try:
        return {}["token"]
    except KeyError as error:
        raise RuntimeError("token missing") from error


print("start")
fetch()
