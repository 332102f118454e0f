import contextlib

with contextlib.nullcontext() as print():
    pass
