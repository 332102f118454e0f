# Windows line endings (CRLF) count as ordinary newlines.
def greet(name):
    if name:
        return f"hi {name}"
    return "hi"
values = [
    greet("a"),
    greet(""),
]
print(values)
