"""Method calls on objects: attribute access, instance methods, inheritance, properties."""


class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def add(self, other):
        return Vec(self.x + other.x, self.y + other.y)

    def dot(self, other):
        return self.x * other.x + self.y * other.y

    def scale(self, k):
        return Vec(self.x * k, self.y * k)


class Counter:
    def __init__(self):
        self.count = 0

    def bump(self, n):
        self.count += n
        return self


class LimitedCounter(Counter):
    def __init__(self, limit):
        super().__init__()
        self.limit = limit

    def bump(self, n):
        if self.count + n > self.limit:
            self.count = 0
        return Counter.bump(self, n)

    @property
    def headroom(self):
        return self.limit - self.count


v = Vec(1, 2)
w = Vec(3, -1)
c = LimitedCounter(1000)
acc = 0
for i in range(250000):
    v = v.add(w).scale(1)
    acc += v.dot(w) % 7
    c.bump(i % 13)
    acc += c.headroom % 5
print("checksum", acc, v.x, v.y, c.count)
