arrow = "\N{RIGHTWARDS ARROW}"
heart = "\N{HEAVY BLACK HEARTS}"
print(arrow, heart)
