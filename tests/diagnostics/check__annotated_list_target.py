[first, second]: list = [1, 2]
