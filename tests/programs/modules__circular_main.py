# Runs the circular pair: each module loads once, and the partly loaded one is seen.
import sys

import modules__circular_a
import modules__circular_b

print(modules__circular_a.from_b())
print(sys.modules["modules__circular_a"].A_LATE)
try:
    modules__circular_a.nothing
except AttributeError as e:
    print(e)
