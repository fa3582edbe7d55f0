# an inconsistent hierarchy raises TypeError when the class is created
class X:
    pass


class Y(X):
    pass


try:
    class Z(X, Y):
        pass
except TypeError as error:
    print(error)
print("done")
