value = 3
if value < 5:
    continue
print(value)
