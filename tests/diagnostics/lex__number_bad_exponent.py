avogadro = 6.022e23
planck = 6.626e-
print(avogadro, planck)
