x = 5
if x < 0:
    print("negative")
else:
    print("non-negative")
elif x == 0:
    print("zero")
