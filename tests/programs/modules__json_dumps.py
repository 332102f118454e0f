# json.dumps: types, separators, indent, sort_keys, ensure_ascii, default, errors.
import json

data = {"name": "weft", "version": 1, "ratio": 0.5, "tags": ["a", "b"], "ok": True,
        "none": None, "nested": {"x": [1, 2, {"y": []}], "e": {}}, "t": (1, 2)}
print(json.dumps(data))
print(json.dumps(data, sort_keys=True, indent=2))
print(json.dumps(data["nested"], indent="\t"))
print(json.dumps([1, [2, [3]]], indent=0))
print(json.dumps(data["nested"], separators=(",", ":")))
print(json.dumps([1, 2], indent=2, separators=(", ", " = ")))
print(json.dumps({"b": 1, "a": 2, "c": {"z": 0, "y": 1}}, sort_keys=True))
print(json.dumps({1: "int", 2.5: "float", True: "bool", None: "null"}))
print(json.dumps("héllo \"quoted\" \\ \n\t\x01 \u2603 😀 \x7f"))
print(json.dumps("héllo 😀 \x7f", ensure_ascii=False))
print(json.dumps([float("inf"), float("-inf"), float("nan"), 1e300, 1.0, -0.0, 123456789012345678901234567890]))
print(json.dumps(3), json.dumps("s"), json.dumps(None), json.dumps(False), json.dumps([]), json.dumps({}))


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y


print(json.dumps({"p": Point(1, 2)}, default=lambda o: {"x": o.x, "y": o.y}))
print(json.dumps({"skip": 1, (1, 2): 3}, skipkeys=True))


class SetEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, set):
            return sorted(o)
        return super().default(o)


print(json.dumps({"s": {3, 1, 2}}, cls=SetEncoder))
loop = []
loop.append(loop)
for bad in [lambda: json.dumps(Point(0, 0)), lambda: json.dumps({(1, 2): 3}),
            lambda: json.dumps(loop), lambda: json.dumps(float("nan"), allow_nan=False),
            lambda: json.dumps({"s": {1}}), lambda: json.dumps([Point(1, 1)], cls=SetEncoder)]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
