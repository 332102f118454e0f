def setup():
    from math import *
    return sqrt(2)
