count = 0

def increment():
    print(count)
    global count
    count += 1
