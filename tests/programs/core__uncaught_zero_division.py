# Uncaught ZeroDivisionError at module level after some output.
total = 0
for i in range(3):
    total += i
    print(total)
print(total / (total - 3))
