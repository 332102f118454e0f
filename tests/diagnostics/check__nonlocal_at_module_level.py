nonlocal counter

def bump():
    return counter + 1
