# classes: __init__, inheritance, super() with keywords, class attributes shared and shadowed
class Animal:
    count = 0

    def __init__(self, name, sound="..."):
        self.name = name
        self.sound = sound
        Animal.count += 1

    def speak(self, times=1):
        return f"{self.name} says {self.sound * times}"


class Dog(Animal):
    def __init__(self, name):
        self.tricks = []
        super().__init__(name, sound="woof")

    def speak(self, times=1):
        return super().speak(times) + "!"


rex = Dog("Rex")
cat = Animal("Tom", "meow")
print(rex.speak(), cat.speak(times=2), Animal.count, rex.count)
rex.count = 10
print(rex.count, Animal.count, cat.count, Dog.count)
print(isinstance(rex, Animal), isinstance(cat, Dog), type(rex).__name__)
