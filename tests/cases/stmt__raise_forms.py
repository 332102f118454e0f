# raise: bare re-raise, with an instance, with a class, and with a cause.
def demo(kind):
    try:
        if kind == 0:
            raise ValueError
        if kind == 1:
            raise ValueError("message")
        if kind == 2:
            raise KeyError("k") from None
        raise RuntimeError("outer") from ValueError("inner")
    except ValueError:
        raise
    except (KeyError, RuntimeError) as exc:
        raise TypeError(str(exc)) from exc
for kind in range(4):
    try:
        demo(kind)
    except Exception as e:
        print(type(e).__name__, e)
