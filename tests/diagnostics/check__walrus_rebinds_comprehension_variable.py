values = [1, 2, 3]
doubled = [(x := x * 2) for x in values]
