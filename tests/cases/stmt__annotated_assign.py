# Annotated assignments: with and without a value, on names, attributes, subscripts.
count: int = 0
name: str
ratio: float = 0.5
items: list[int] = []
mapping: dict[str, "list[int]"] = {}
maybe: int | None = None
class Point:
    x: int
    y: int = 0
    def __init__(self):
        self.x: int = 1
        self.cache: dict = {}
        self.cache["k"]: str = "v"
(parenthesized): int = 3
pairs: tuple[int, ...] = (1, 2)
print(count, ratio, items, mapping, maybe, Point().x, parenthesized, pairs)
