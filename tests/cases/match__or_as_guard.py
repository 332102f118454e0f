# Or-patterns, as-patterns, guards, parenthesized patterns, and match on tuples.
def f(cmd):
    match cmd.split():
        case ["go", ("north" | "south" | "east" | "west") as direction]:
            return f"go {direction}"
        case ["pick", "up", item] | ["take", item]:
            return f"take {item}"
        case ["drop", *items] if items:
            return f"drop {items}"
        case [("quit" | "exit")]:
            return "bye"
        case [(_ as word)] if len(word) > 3:
            return f"long word {word}"
        case [_, *_] as words:
            return f"unknown {words}"
        case []:
            return "nothing"
print([f(c) for c in ["go north", "take lamp", "pick up key", "drop a b", "drop", "quit", "hello", ""]])
match 1, 2:
    case (1, y) | (y, 1):
        print("tuple subject", y)
