# Indexing past the end of a list, uncaught, inside a loop.
items = [10, 20, 30]
for i in range(5):
    print(items[i])
