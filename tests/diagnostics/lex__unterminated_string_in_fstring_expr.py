user = {"name": "ann"}
print(f"{user['name]}")
