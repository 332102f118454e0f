# print with sep, end, several arguments, no arguments, and non-string values.
print()
print("a", "b", "c")
print("a", "b", sep="")
print("a", "b", sep=", ", end=".\n")
print(1, 2.0, None, True, [1], sep="|")
print("no newline", end="")
print(" continued")
print(*range(5), sep="-")
print("x", end="\n\n")
print(sep="ignored")
print("tab", "sep", sep="\t")
print("multi\nline", "value", sep=None, end=None)
print("flush", flush=True)
try:
    print("a", sep=1)
except TypeError as e:
    print("TypeError:", e)
