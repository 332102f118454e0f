# Assignment expressions (:=) in conditions, comprehensions, calls and nested parentheses.
data = [1, 5, 12, 7]
if (n := len(data)) > 3:
    print("long list", n)
while (item := data.pop()) > 5:
    print("popped", item)
print([y for x in range(5) if (y := x * x) > 4], y)
print(total := sum(data), total)
print(f"{(w := 10)} {w}", (a := (b := 2) + 1), a, b)
def f(v):
    return [last := v, last + 1]
print(f(3), {"k": (z := 9)}, z, [*(m := [1, 2])], m)
print(any((hit := x) > 2 for x in [1, 3, 5]), hit)
if any((q := c) == "b" for c in "abc"): print(q)
