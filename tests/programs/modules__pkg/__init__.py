# A package imported by modules__package.py.
print("pkg init", __name__)
PKG = 1
from modules__pkg import mod1
