for name in ["ann", "bob"]
    print(name)
