emoji = "\U0001F600"
beyond = "\U00110000"
print(emoji, beyond)
