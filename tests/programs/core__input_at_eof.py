# input() with stdin at end of file raises EOFError (the golden programs run with no stdin).
print("before input")
try:
    line = input("prompt> ")
    print("read", repr(line))
except EOFError as e:
    print()
    print("EOFError:", e)
print(issubclass(EOFError, Exception))
