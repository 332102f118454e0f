# The other half of modules__circular_a.py.
print("b: start", __name__)
import modules__circular_a

print("b: sees", modules__circular_a.A_EARLY, hasattr(modules__circular_a, "A_LATE"))
try:
    from modules__circular_a import A_LATE

    print("b: imported A_LATE", A_LATE)
except ImportError as e:
    print("b:", str(e).split(" (/")[0])
try:
    modules__circular_a.A_LATE
except AttributeError as e:
    print("b:", e)
else:
    print("b: A_LATE is there")


def b_value():
    return "b sees a.A_LATE = " + modules__circular_a.A_LATE


print("b: done", __name__)
