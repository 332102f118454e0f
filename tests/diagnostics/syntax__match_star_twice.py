match [1, 2, 3]:
    case [*first, *rest]:
        print(first, rest)
