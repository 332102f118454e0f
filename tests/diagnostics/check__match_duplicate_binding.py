point = (1, 1)
match point:
    case (x, x):
        print("diagonal", x)
