try:
    result = 10 / int("0")
except:
    print("something failed")
except ZeroDivisionError:
    print("division by zero")
