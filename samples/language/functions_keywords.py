# keyword arguments bound by name, out of order, skipping defaults; *args and **kwargs; keyword-only
def connect(host, port=80, *, timeout=10, retries=3):
    return f"{host}:{port} timeout={timeout} retries={retries}"


def collect(first, *rest, **options):
    return first, rest, sorted(options.items())


print(connect("a"))
print(connect("b", retries=1))
print(connect(port=8080, host="c", timeout=1.5))
print(collect(1, 2, 3, x=1, a=2))
print(collect(*[4, 5], **{"k": "v"}))
