# if / elif / else chains, nested, and one-line bodies.
def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        if n % 2:
            return "small odd"
        else:
            return "small even"
    else:
        return "large"
if True: x = 1
elif False: x = 2
else: x = 3
if x: pass
print([classify(n) for n in (-1, 0, 3, 4, 99)], x)
