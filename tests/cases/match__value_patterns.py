# Value patterns (dotted names), complex-free literals, and match/case as names nearby.
import enum
class Color(enum.Enum):
    RED = 1
    GREEN = 2
class Limits:
    MAX = 10
match = "match is still a name"
case = 0
def f(c):
    match c:
        case Color.RED:
            return "red"
        case Color.GREEN | Limits.MAX:
            return "green or max"
        case {Color.RED: value}:
            return f"keyed {value}"
        case _:
            return match
print([f(c) for c in (Color.RED, Color.GREEN, 10, {Color.RED: "v"}, case)])
