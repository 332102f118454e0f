# Every hard keyword of Python 3.11 in use.
import os
from os import path as p
x = True and not False or None
assert x is not None
def f(a):
    global g
    g = lambda: a
    def h():
        nonlocal a
        a = a if a in (1, 2) else 0
    del h
    while a: break
    for i in []:
        continue
    try:
        raise ValueError from None
    except ValueError as e:
        pass
    finally:
        pass
    with open(os.devnull) as fh:
        yield fh
    return a
class C: pass
async def k():
    await k()
if x: pass
elif x: pass
else: pass
