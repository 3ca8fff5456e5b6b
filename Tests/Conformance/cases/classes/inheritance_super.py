# Inheritance, method overriding, super() chains and attribute lookup order.
class Animal:
    sound = "..."
    def __init__(self, name):
        self.name = name
    def speak(self):
        return f"{self.name} says {self.sound}"
    def describe(self):
        return f"{type(self).__name__}({self.name})"
class Dog(Animal):
    sound = "woof"
class Puppy(Dog):
    def __init__(self, name, age):
        super().__init__(name)
        self.age = age
    def speak(self):
        return super().speak() + " (squeaky)"
for pet in [Animal("generic"), Dog("Rex"), Puppy("Bit", 1)]:
    print(pet.speak(), "|", pet.describe())
p = Puppy("Tiny", 2)
print(p.age, p.name, Puppy.sound, Puppy.__bases__[0].__name__)
print([c.__name__ for c in Puppy.__mro__])
