# *args arrives as a tuple and **kwargs as a dict in call order
def show(a, *args, b=0, **kwargs):
    print(a, args, b, kwargs, type(args).__name__, type(kwargs).__name__)


show(1)
show(1, 2, 3)
show(1, b=2)
show(1, 2, z=3, y=4, b=5)
show(a=0, q=1)
