with open("data.txt") as f:
data = f.read()
