# Circular imports: a imports b, which imports a while a is still loading
# (modules__circular_main.py imports both).
print("a: start", __name__)
A_EARLY = "early"
import modules__circular_b

A_LATE = "late"


def from_b():
    return modules__circular_b.b_value()


print("a: done", __name__)
