try:
    data = open("file.txt").read()
print(data)
