# conditional expressions: nested, inside calls and comprehensions, only one branch evaluated
def loud(value):
    print("evaluated", value)
    return value


for n in [1, 0, -1]:
    sign = "positive" if n > 0 else "zero" if n == 0 else "negative"
    print(n, sign)
print(loud("yes") if True else loud("no"))
print(["even" if i % 2 == 0 else "odd" for i in range(4)])
print(max(3, 9) if len("ab") == 2 else None)
