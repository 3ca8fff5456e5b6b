# A small class hierarchy with methods and attribute access called in a loop.
class Vector:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def add(self, other):
        return Vector(self.x + other.x, self.y + other.y)

    def scale(self, k):
        return Vector(self.x * k, self.y * k)

    def dot(self, other):
        return self.x * other.x + self.y * other.y


class Particle:
    def __init__(self, x, y):
        self.pos = Vector(x, y)
        self.vel = Vector(1, 3)
        self.steps = 0

    def step(self):
        self.pos = self.pos.add(self.vel)
        if self.pos.x > 100 or self.pos.x < -100:
            self.vel = Vector(-self.vel.x, self.vel.y)
        if self.pos.y > 70 or self.pos.y < -70:
            self.vel = Vector(self.vel.x, -self.vel.y)
        if self.steps % 1000 == 999:
            self.vel = self.vel.scale(2) if self.energy() < 50 else self.vel.scale(1)
        self.steps += 1

    def energy(self):
        return self.vel.dot(self.vel)


class Counter:
    def __init__(self):
        self.count = 0

    def bump(self, by):
        self.count += by
        return self.count


particles = [Particle(i, -i) for i in range(50)]
for _ in range(35_000):
    for p in particles:
        p.step()
counter = Counter()
for i in range(2_000_000):
    counter.bump(i % 3)
print("positions:", sum(p.pos.x + p.pos.y for p in particles))
print("energy:", sum(p.energy() for p in particles), "steps:", particles[0].steps)
print("counter:", counter.count)
