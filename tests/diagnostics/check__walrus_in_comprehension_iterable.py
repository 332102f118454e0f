data = [[1], [2]]
flat = [x for row in (rows := data) for x in row]
