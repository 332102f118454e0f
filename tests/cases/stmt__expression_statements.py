# Expression statements: calls, bare names, literals, docstrings, awaits in async bodies.
"""Module docstring is an expression statement."""
print("call")
len
42
"bare string"
[1, 2]
x = 1
x
x + 1
-x
(x)
x.real
print(x) ; print(x) ;
...
