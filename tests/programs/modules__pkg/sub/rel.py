from .. import mod1 as m
from ..mod1 import V
print("sub.rel", __package__, m.V, V)
try:
    from ... import x
except ImportError as e:
    print(e)
