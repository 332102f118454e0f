# match with literal patterns (numbers, strings, None/True/False, negatives), capture and _.
def f(x):
    match x:
        case 0:
            return "zero"
        case -1:
            return "minus one"
        case 1.5:
            return "float"
        case "text" | b"bytes":
            return "string or bytes"
        case None:
            return "none"
        case True:
            return "true"
        case False:
            return "false"
        case "con" "cat":
            return "concatenated literal"
        case name if isinstance(name, str):
            return f"capture {name}"
        case _:
            return "wildcard"
print([f(v) for v in (0, -1, 1.5, "text", None, True, False, "concat", "other", [])])
