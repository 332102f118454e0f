# global declarations, module-level rebinding from functions, and UnboundLocalError.
count = 0
def bump():
    global count
    count += 1
    return count
bump(); bump()
print(count)
def make_new():
    global created
    created = "yes"
make_new()
print(created)
x = "module"
def shadow():
    x = "local"
    return x
def read_global():
    return x
print(shadow(), read_global(), x)
def broken():
    print(x)
    x = 1
try:
    broken()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
def deleter():
    global created
    del created
deleter()
try:
    created
except NameError as e:
    print("NameError:", e)
print("count" in globals(), sorted(k for k in globals() if not k.startswith("__"))[:3])
def loc():
    a = 1
    b = 2
    return sorted(locals().items())
print(loc())
