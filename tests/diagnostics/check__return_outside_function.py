total = 0
for n in range(5):
    total += n
return total
