# Attribute access, subscripts, and calls chained in any order.
data = {"users": [{"name": "ann", "tags": ["a", "b"]}]}
print(data["users"][0]["tags"][-1])
print(data.get("users")[0].get("name").upper().center(7, "*"))
print("x".join(["a", "b"]).split("x")[1:][0])
print((1).real, 1.5.imag, "s".upper, [1, 2].__len__())
print(data["users"][0]["name"][::-1], data .  keys())
matrix = [[1, 2], [3, 4]]
print(matrix[1][0], matrix[-1][-1], (matrix)[0], [matrix][0][0][0])
print(type(matrix).__name__.lower()[0:2], print.__name__)
