# Literal atoms: numbers, strings, bytes, True/False/None, ..., and empty displays.
values = [0, 1.5, "text", b"raw", True, False, None, ..., (), [], {}, -1, 0x10, 1e3]
nested = ((), [()], {(): []}, [[[]]])
single = (1,)
parenthesized = (1)
print(values, nested, single, parenthesized, type(parenthesized).__name__)
