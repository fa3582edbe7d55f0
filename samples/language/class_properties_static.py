# @property with a setter, @staticmethod, @classmethod as an alternative constructor
class Temperature:
    scale = "C"

    def __init__(self, celsius):
        self._celsius = celsius

    @property
    def fahrenheit(self):
        return self._celsius * 9 / 5 + 32

    @fahrenheit.setter
    def fahrenheit(self, value):
        self._celsius = (value - 32) * 5 / 9

    @staticmethod
    def describe(value):
        return f"{value} degrees"

    @classmethod
    def freezing(cls):
        return cls(0)


t = Temperature(100)
print(t.fahrenheit, Temperature.describe(5), Temperature.freezing().fahrenheit)
t.fahrenheit = 212
print(t._celsius, t.scale)
