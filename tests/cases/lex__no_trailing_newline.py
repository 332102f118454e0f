# The last line has no newline; the lexer still ends it with NEWLINE and DEDENTs.
def f():
    for i in range(2):
        if i:
            return i
print(f())
if True:
    x = 1