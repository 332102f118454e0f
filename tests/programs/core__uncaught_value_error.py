# An uncaught exception ends the program: stdout so far, then a traceback and exit status 1.
def parse_age(text):
    value = int(text)
    if value < 0:
        raise ValueError(f"age cannot be negative: {value}")
    return value


for text in ["12", "40", "-3", "7"]:
    print("parsed", parse_age(text))
print("never reached")
