# Nested lists and dicts: building, walking, copying by comprehension, aliasing pitfalls.
inventory = {"fruit": [{"name": "apple", "qty": 3}, {"name": "pear", "qty": 0}], "veg": [{"name": "leek", "qty": 2}]}
inventory["veg"].append({"name": "kale", "qty": 5})
in_stock = {kind: [item["name"] for item in items if item["qty"]] for kind, items in inventory.items()}
print(in_stock)
total = sum(item["qty"] for items in inventory.values() for item in items)
print(total, max((item for items in inventory.values() for item in items), key=lambda i: i["qty"]))
copy = {k: [dict(i) for i in v] for k, v in inventory.items()}
copy["fruit"][0]["qty"] = 99
print(inventory["fruit"][0], copy["fruit"][0])
grid = [[0] * 3] * 2
grid[0][0] = 1
good = [[0] * 3 for _ in range(2)]
good[0][0] = 1
print(grid, good)
def walk(node, depth=0):
    if isinstance(node, dict):
        for k in sorted(node):
            print("  " * depth + str(k))
            walk(node[k], depth + 1)
    elif isinstance(node, list):
        for v in node:
            walk(v, depth)
    else:
        print("  " * depth + repr(node))
walk({"b": [1, {"c": "x"}], "a": None})
