value = [1, 2]
match value:
    case [x] | [x, y]:
        print(x)
