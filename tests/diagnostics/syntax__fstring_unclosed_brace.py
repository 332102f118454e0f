total = 10
print(f"total: {total")
