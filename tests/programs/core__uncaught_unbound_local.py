# Reading a local before assignment is an uncaught UnboundLocalError.
total = 10
def add(n):
    total += n
    return total
print("calling")
add(1)
