# loop variables stay bound after for loops (last value) and are not bound when the loop never runs
for i in range(3):
    pass
print("i =", i)
for j in []:
    pass
try:
    print(j)
except NameError as error:
    print(error)


def f():
    for k in range(2):
        inner = k * 10
    return k, inner


print(f())
