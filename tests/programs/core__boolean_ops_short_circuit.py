# and/or return an operand, short-circuit evaluation, not, conditional expressions, truthiness of values.
def t(v):
    print("eval", v)
    return v
print(t(0) and t(1))
print(t(2) and t(3))
print(t("") or t("x"))
print(t([1]) or t(None))
print(not 0, not [], not [0], not None, not "a", None or 0 or "" or "last", 1 and 2 and 3)
print([v for v in (0, 1, "", "s", [], [0], {}, {0: 0}, None, 0.0, -0.0, 2) if v])
x = 5
print("big" if x > 3 else "small", "a" if x > 10 else "b" if x > 4 else "c", x > 3 and "yes" or "no")
print(1 < 2 and "chained", (1 if True else 2) + 1, not x == 5, (not x) == 5)
