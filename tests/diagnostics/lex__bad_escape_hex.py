# A \x escape needs exactly two hex digits.
color = "\x1b[31m" + "red" + "\x1[0m"
print(color)
