print("mod2", __name__, __package__)
from . import mod1
from .mod1 import V
from .sub.deep import D
from .sub import deep
print("mod2 sees", mod1.V, V, D, deep.D)
