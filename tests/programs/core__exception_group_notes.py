# add_note: notes live in __notes__ (a list), are printed after the message of an uncaught
# exception, and split/subgroup give each part its own copy.
e = ValueError("v")
print(hasattr(e, "__notes__"))
e.add_note("first")
e.add_note("second\nline")
print(e.__notes__)
for bad in (1, None):
    try:
        e.add_note(bad)
    except TypeError as err:
        print("TypeError:", err)
e.__notes__ = "not a list"
try:
    e.add_note("x")
except TypeError as err:
    print("TypeError:", err)

g = ExceptionGroup("g", [ValueError(1), TypeError(2)])
g.add_note("group note")
m, r = g.split(ValueError)
print(m.__notes__, r.__notes__, m.__notes__ is r.__notes__)
print(hasattr(ValueError(1), "__notes__"), hasattr(g.exceptions[0], "__notes__"))
try:
    try:
        raise g
    except* TypeError:
        raise
except ExceptionGroup as out:
    print("re-raised keeps the note:", out.__notes__)
last = KeyError("k")
last.add_note("shown after the message")
raise last
