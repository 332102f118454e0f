def squares(n):
    return [(yield i * i) for i in range(n)]
