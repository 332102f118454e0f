cache = {"a": 1}
del cache.get("a")
