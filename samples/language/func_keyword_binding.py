# keyword arguments bound by name: out of order, skipping middle defaults, mixed with positionals
def describe(name, age=0, city="nowhere", job="none"):
    return f"{name}/{age}/{city}/{job}"


print(describe("ann"))
print(describe("bob", job="cook"))
print(describe(city="rome", name="cid"))
print(describe("dee", 40, job="pilot", city="oslo"))
print(describe(job="x", age=1, city="y", name="z"))
