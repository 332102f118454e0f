# Sequence, mapping and class patterns, nested, with star and **rest.
class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y): self.x, self.y = x, y
def f(subject):
    match subject:
        case []: return "empty"
        case [x]: return f"one {x}"
        case (x, y): return f"two {x} {y}"
        case [first, *_, last]: return f"ends {first} {last}"
        case {"type": "user", "name": str(name), **rest}: return f"user {name} {rest}"
        case {"id": 1 | 2 as ident}: return f"id {ident}"
        case {}: return "some mapping"
        case Point(0, 0): return "origin"
        case Point(x=0, y=y): return f"on y {y}"
        case Point(x, y=[*coords]): return f"coords {coords}"
        case int(n) | float(n): return f"number {n}"
        case [Point(x=x1), Point(x=x2)]: return "unreachable"
        case _: return "other"
values = [[], [1], (1, 2), [1, 2, 3], {"type": "user", "name": "ann", "age": 3}, {"id": 2},
          {"k": 0}, Point(0, 0), Point(0, 5), Point(1, [2, 3]), 7, "s"]
print([f(v) for v in values])
