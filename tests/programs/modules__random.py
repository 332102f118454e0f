# random: seeded streams must be exactly CPython's (Mersenne Twister and random.py).
import random
for s in [0, 1, 2, 42, 12345, -7, 2**32, 2**32 - 1, 2**64 + 3, 10**30, 123456789012345678901234567890, True, 3.5, -0.25]:
    random.seed(s)
    out = [random.random(), random.random()]
    out.append(random.randint(1, 6))
    out.append(random.randrange(100))
    out.append(random.randrange(10, 1000, 7))
    out.append(random.randrange(50, 0, -3))
    out.append(random.randrange(2**70))
    out.append(random.getrandbits(5))
    out.append(random.getrandbits(70))
    out.append(random.getrandbits(64))
    out.append(random.choice("abcdefg"))
    out.append(random.choice([1, 2, 3]))
    l = list(range(20)); random.shuffle(l); out.append(l)
    out.append(random.sample(range(100), 10))
    out.append(random.sample(range(1000), 5))
    out.append(random.sample(["a", "b", "c", "d"], 4))
    out.append(random.uniform(1, 10))
    out.append(random.uniform(-2.5, 2.5))
    out.append(random.choices("xyz", k=5))
    out.append(random.choices(range(5), weights=[1, 2, 3, 4, 5], k=6))
    out.append(random.choices(range(3), cum_weights=[0.5, 0.7, 1.0], k=4))
    out.append(random.randint(-10**20, 10**20))
    print(s, out)
random.seed(5)
print([random.randint(1, 100) for _ in range(30)])
print(random.sample(list(range(10**5)), 30))
for bad in [lambda: random.choice([]), lambda: random.randrange(0), lambda: random.randrange(5, 5), lambda: random.randrange(1, 10, 0), lambda: random.sample([1, 2], 3), lambda: random.sample({1, 2}, 1), lambda: random.getrandbits(-1)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
for s in [3, 99]:
    random.seed(s)
    print([random.gauss(0, 1) for _ in range(5)])
    print([random.gauss() for _ in range(3)], random.gauss(10, 2), random.gauss(mu=5, sigma=0.5))
    print([random.normalvariate(100, 15) for _ in range(5)])
    print([random.expovariate(1.5) for _ in range(5)])
    print([random.triangular(0, 10) for _ in range(3)], random.triangular(0, 10, 9), random.triangular(low=1, high=2, mode=1.1))
    random.seed(s)
    print(random.gauss(), random.random())
for s in ["", "hello", "a longer seed string that spans more than one block of sha-512 input " * 3, b"bytes seed", "ünïcode"]:
    random.seed(s)
    print(repr(s)[:20], random.random(), random.randint(1, 1000))
