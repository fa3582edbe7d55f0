# type(x), type(x).__name__, x.__class__, __name__ and __qualname__ of classes and nested classes
class Outer:
    class Inner:
        pass

    def method(self):
        return type(self).__name__


o = Outer()
i = Outer.Inner()
print(type(o).__name__, o.__class__.__name__, type(o) is Outer, o.__class__ is Outer)
print(Outer.__name__, Outer.Inner.__name__, Outer.Inner.__qualname__, type(i).__qualname__)
print(type(1).__name__, type("").__name__, type([]).__name__, type(None).__name__, type(print).__name__)
print(type(type(o)).__name__, o.method(), __name__)
print(type(3)(4.7), type("x")(12), type([])((1, 2)))
