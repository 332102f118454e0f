# Chained comparisons evaluate each operand once; int/float mixing; identity tests.
def val(x, log):
    log.append(x)
    return x

log = []
print(val(1, log) < val(2, log) < val(3, log), log)
log = []
print(val(3, log) < val(2, log) < val(1, log), log)
print(1 < 2 > 0, 1 == 1.0 == True, 2 <= 2 < 3 != 4, 0 < 0.5 < 1, 1 < 2 < 2)
print(3 == 3.0, 2 ** 53 == 2.0 ** 53, 2 ** 53 + 1 == 2.0 ** 53, 1 < 1.5, -1 > -1.5, 10 ** 30 > 1e29)
print(None is None, None is not None, [] is [], () == (), [1] == [1], (1, 2) < (1, 3), [1, 2] < [1, 2, 0])
a = [1]
b = a
print(a is b, a is not b, a == b, "abc" < "abd" < "b", (1, "a") < (1, "b"))
print(True == 1, False == 0, {1: "a"}[True], 1.0 in [1], "1" == 1)
try:
    print(1 < "a")
except TypeError as e:
    print("TypeError:", e)
try:
    print([1] < (1,))
except TypeError as e:
    print("TypeError:", e)
