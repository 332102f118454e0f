double = lambda x: int: x * 2
