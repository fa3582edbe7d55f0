# isinstance and issubclass with classes, tuples of classes, builtins, bool being an int
class Animal:
    pass


class Dog(Animal):
    pass


class Car:
    pass


d = Dog()
print(isinstance(d, Animal), isinstance(d, (Car, Dog)), isinstance(d, (Car, int)))
print(issubclass(Dog, Animal), issubclass(Animal, Dog), issubclass(Dog, (Car, Animal)), issubclass(Dog, Dog))
print(isinstance(True, int), isinstance(1, bool), isinstance(1.0, (int, float)), isinstance("s", object))
print(isinstance([], (list, tuple)), isinstance((), list), issubclass(bool, int), issubclass(KeyError, LookupError))
try:
    isinstance(d, "Dog")
except TypeError as error:
    print(error)
