# keyword-only parameters after * and after *args, with and without defaults
def fetch(url, *, timeout, retries=2):
    return f"{url} t={timeout} r={retries}"


def log(*messages, sep=" | ", end="."):
    return sep.join(messages) + end


print(fetch("a", timeout=5))
print(fetch("b", retries=0, timeout=1))
print(log("x", "y"), log("x", "y", sep="+"), log(end="!"))
try:
    fetch("c", 5)
except TypeError as error:
    print(error)
try:
    fetch("d")
except TypeError as error:
    print(error)
