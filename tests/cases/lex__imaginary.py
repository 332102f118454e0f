# Imaginary literals: lexed and parsed; weft's compiler reports complex numbers as unsupported.
a = 1j
b = 2.5J
c = 1e3j
d = .5j
e = 1_0j
f = 3 + 4j
print(a, b, c, d, e, f)
