# match/case: literal, capture, wildcard, sequence, mapping, class, or, as, guard.
class Point:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x, self.y = x, y


def describe(subject):
    match subject:
        case 0 | 1 | 2 as small:
            return f"small int {small}"
        case True:
            return "unreachable: True == 1 matched above"
        case None:
            return "nothing"
        case "hello" | "hi":
            return "a greeting"
        case int(n) if n < 0:
            return f"negative {n}"
        case float() | int():
            return f"number {subject}"
        case []:
            return "empty sequence"
        case [x]:
            return f"one item {x}"
        case [x, y]:
            return f"pair {x},{y}"
        case [first, *rest] if len(rest) > 2:
            return f"long sequence from {first}, {len(rest)} more"
        case [_, _, *_]:
            return "short sequence"
        case {"action": "move", "to": [x, y]}:
            return f"move to {x},{y}"
        case {"action": action, **others}:
            return f"action {action} with {sorted(others)}"
        case Point(x=0, y=0):
            return "origin"
        case Point(0, y):
            return f"on the y axis at {y}"
        case Point(x, y) if x == y:
            return f"diagonal {x}"
        case Point():
            return "some point"
        case str() as text:
            return f"text of length {len(text)}"
        case _:
            return f"unknown {type(subject).__name__}"


for value in [0, 2, None, "hi", -5, 7, 2.5, [], ["a"], (1, 2), [1, 2, 3, 4, 5], [1, 2, 3],
              {"action": "move", "to": [3, 4]}, {"action": "jump", "height": 2, "speed": 1},
              Point(0, 0), Point(0, 9), Point(3, 3), Point(1, 2), "words", {1, 2}, "hello"]:
    print(repr(value) if not isinstance(value, Point) else f"Point({value.x}, {value.y})", "->", describe(value))

command = "go north"
match command.split():
    case ["go", ("north" | "south") as direction]:
        print("going", direction)
    case ["go", _]:
        print("unknown direction")
match 42:
    case x:
        print("irrefutable capture", x)
match (1, (2, 3)):
    case (a, (b, c)):
        print("nested", a + b + c)
match {"k": 1}:
    case {"missing": _}:
        print("no")
    case _:
        print("mapping without the key falls through")
match -3:
    case -3:
        print("negative literal")
