# defaults are evaluated once: the mutable-default behaviour, and a default computed at def time
def append_to(item, bucket=[]):
    bucket.append(item)
    return bucket


base = 5


def add_base(x, b=base * 2):
    return x + b


print(append_to(1), append_to(2), append_to(3, []))
base = 100
print(add_base(1))
