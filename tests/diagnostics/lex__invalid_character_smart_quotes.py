print(“Hello, world!”)
