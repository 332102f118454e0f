scores = [
    90,
    85
    77,
]
print(sum(scores))
