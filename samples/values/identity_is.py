# `is` tests identity; == tests equality
a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a == c, a is not c, None is None, type(None))
x = None
print(x is None, x == None)
