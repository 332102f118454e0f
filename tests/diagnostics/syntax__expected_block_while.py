count = 3
while count > 0:
# decrement the counter
count -= 1
