# Several DEDENTs at once, and a dedent at end of file.
def outer():
    for i in range(3):
        while True:
            if i:
                try:
                    pass
                finally:
                    break
            break
    return "done"
class A:
    class B:
        class C:
            x = 1
print(outer(), A.B.C.x)
if True:
    if True:
        y = 2
