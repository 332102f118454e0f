# time: only what is deterministic (types, ordering, that sleep waits, errors).
import time

t0 = time.time()
m0 = time.monotonic()
p0 = time.perf_counter()
print(type(t0).__name__, t0 > 1_600_000_000, type(time.time_ns()).__name__)
time.sleep(0.02)
time.sleep(0)
print(time.monotonic() - m0 >= 0.02, time.perf_counter() - p0 >= 0.02)
print(time.time() >= t0, time.monotonic() >= m0)
try:
    time.sleep(-1)
except ValueError as e:
    print(e)
try:
    time.sleep("1")
except TypeError as e:
    print(e)
