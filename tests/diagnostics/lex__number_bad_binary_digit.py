mask = 0b1010
flags = 0b1021
print(mask & flags)
