# Evaluation order: call arguments left to right, dict displays key then value, RHS before targets, chained targets.
log = []
def v(x):
    log.append(x)
    return x
def f(*args, **kwargs):
    return args, kwargs
f(v(1), v(2), k=v(3), *[v(4)])
print(log)
log.clear()
d = {v("k1"): v("v1"), v("k2"): v("v2")}
print(log)
log.clear()
lst = [0, 0, 0]
lst[v(0)], lst[v(1)] = v("a"), v("b")
print(log, lst)
log.clear()
a = b = v([])
a.append(1)
print(log, b)
log.clear()
x = v(1) + v(2) * v(3)
y = v(10) if v(False) else v(20)
print(log, x, y)
log.clear()
obj = [v(i) for i in range(2)] + [v("end")]
print(log)
