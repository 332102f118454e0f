# Identifiers: ASCII, underscores, digits after the first char, and Unicode letters.
name = 1
_private = 2
__dunder__ = 3
snake_case_2 = 4
CamelCase = 5
café = 6
naïve_résumé = 7
π = 3.14159
数据 = [café, π]
Σ_total = sum(数据)
ℌ = "normalised to H by NFKC"
x1y2z3 = _private + __dunder__
print(name, snake_case_2, CamelCase, naïve_résumé, Σ_total, x1y2z3)
