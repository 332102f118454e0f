smiley = "\u263A"
face = "\u26A"
print(smiley, face)
