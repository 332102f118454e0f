names = ['ann', 'bob', 'cy]
for name in names:
    print(name)
