# TypeError messages for method calls name the qualified method; self is not counted by the user
class Greeter:
    def hello(self, name):
        return "hi " + name

    @staticmethod
    def static(x):
        return x


g = Greeter()
for call in [lambda: g.hello(), lambda: g.hello("a", "b"), lambda: Greeter.static(), lambda: g.hello(nom="x"), lambda: Greeter(1)]:
    try:
        call()
    except TypeError as error:
        print(error)
