# @staticmethod and @classmethod, including alternate constructors and subclass cls.
class Temperature:
    scale = "C"
    def __init__(self, degrees):
        self.degrees = degrees
    @classmethod
    def from_fahrenheit(cls, f):
        return cls(round((f - 32) * 5 / 9, 1))
    @staticmethod
    def is_freezing(degrees):
        return degrees <= 0
    @classmethod
    def describe(cls):
        return f"{cls.__name__} in {cls.scale}"
    def __repr__(self):
        return f"{type(self).__name__}({self.degrees})"
class Kelvinish(Temperature):
    scale = "K"
print(Temperature.from_fahrenheit(212), Kelvinish.from_fahrenheit(32))
print(Temperature.is_freezing(-1), Temperature(5).is_freezing(5))
print(Temperature.describe(), Kelvinish.describe(), Kelvinish(1).describe())
