# Adjacent literals concatenate at compile time, across lines inside brackets.
a = "one" 'two' """three"""
b = ("implicit "
     "joining "
     'across lines')
c = b"by" b'tes'
d = "plain " f"{a}" r" raw\n" f'{b!r}'
e = ("x"  # a comment between parts
     "y")
f = "line one " \
    "line two"
g = f"{1}" f"{2}" "3"
print(a, b, c, d, e, f, g)
