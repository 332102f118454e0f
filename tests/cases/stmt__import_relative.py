# Relative imports (parsed; they only run inside a package).
def load():
    from . import sibling
    from .. import parent
    from .module import name
    from ..package.module import name as alias
    from ... import grandparent
    from .... import far
    from .mod import (a, b as c,)
    from . import x, y as z
    return sibling, parent, name, alias, grandparent, far, a, c, x, z
print(load.__name__)
