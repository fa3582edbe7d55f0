# closures see the variable, not its value at creation: late binding, and the default-argument fix
funcs = []
for i in range(3):
    def show():
        return i
    funcs.append(show)
print([f() for f in funcs])
i = 99
print([f() for f in funcs])
fixed = []
for i in range(3):
    def show(i=i):
        return i
    fixed.append(show)
print([f() for f in fixed])


def make():
    x = 1
    get = lambda: x
    x = 2
    return get


print(make()())
