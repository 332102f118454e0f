config = {"name": "weft", "tags": ["async", "python")}
print(config)
