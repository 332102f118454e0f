name = "ann"
print(f"Hello, {}!")
