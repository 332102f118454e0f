# exec and eval of source strings, with globals/locals dicts, and syntax errors reported as exceptions.
print(eval("1 + 2 * 3"), eval("[x * x for x in range(4)]"), eval("a + b", {"a": 1, "b": 2}), eval(" 5 "))
ns = {}
exec("def f(n):\n    return n * 10\nresult = f(4)", ns)
print(ns["result"], ns["f"](2), sorted(k for k in ns if k != "__builtins__"))
g = {"x": 1}
loc = {"y": 2}
exec("z = x + y", g, loc)
print(loc, "z" in g)
counter = 0
exec("counter += 5")
print(counter)
code = "total = 0\nfor i in range(5):\n    total += i\n"
scope = {}
exec(code, scope)
print(scope["total"], eval("total * 2", scope), exec("1") is None)
try:
    eval("1 +")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
try:
    exec("x = undefined_thing", {})
except NameError as e:
    print("NameError:", e)
try:
    eval("x = 1")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
