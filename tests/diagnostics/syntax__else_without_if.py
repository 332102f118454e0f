for n in range(3):
    print(n)
print("between")
else:
    print("done")
