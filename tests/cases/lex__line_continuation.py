# Backslash continuation joins physical lines into one logical line.
total = 1 + \
        2 + \
    3
if total > 1 and \
   total < 10:
    print("in range")
with open(__file__) as a, \
     open(__file__) as b:
    pass
assert total == 6, \
    "message on the next line"
x = [1,
     2] + \
    [3]
def f(): \
    return 1
print(total, x, f())
