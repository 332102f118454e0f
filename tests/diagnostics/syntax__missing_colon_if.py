temperature = 30
if temperature > 25
    print("hot")
