try:
print(1 / 0)
except ZeroDivisionError:
    print("oops")
