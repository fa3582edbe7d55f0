# float //, % and divmod signs, negative zero results and special values
for a in [7.5, -7.5, 7, -7, 0.0, -0.0]:
    for b in [2, -2, 0.5, -0.5, float("inf"), float("-inf")]:
        print(a, b, a // b, a % b, divmod(a, b))
print(1e300 % 3.0, -1e-300 % 1.0, 5 % -1e-300)
print(divmod(-0.0, 1.0), divmod(0.0, -1.0), 3.0 // 1e-320)
for a, b in [(1.0, 0), (1, 0.0), (0.0, 0.0), (1.5, -0.0)]:
    for op, f in [("//", lambda x, y: x // y), ("%", lambda x, y: x % y), ("divmod", divmod), ("/", lambda x, y: x / y)]:
        try:
            print(op, f(a, b))
        except ZeroDivisionError as e:
            print(type(e).__name__, e)
print(float("nan") // 1, float("nan") % 1, float("inf") // 1 if False else "skip")
try:
    print(float("inf") % 1)
except Exception as e:
    print(type(e).__name__, e)
