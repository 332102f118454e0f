lambda x: x = 5
