# The first matching except clause wins; tuples of types; base-class clauses catch subclasses; bare except.
def classify(exc):
    try:
        raise exc
    except (KeyError, IndexError) as e:
        return "lookup subtype " + type(e).__name__
    except LookupError:
        return "other lookup"
    except ArithmeticError as e:
        return "arith " + type(e).__name__
    except Exception:
        return "generic"
    except BaseException:
        return "base"
for exc in [KeyError(1), IndexError(), LookupError(), ZeroDivisionError(), OverflowError(), ValueError(), KeyboardInterrupt(), GeneratorExit()]:
    print(classify(exc))
try:
    raise TypeError("t")
except:
    print("bare except caught")
class NoSuper(Exception):
    def __init__(self, code):
        self.code = code
e = NoSuper(42)
print(e.args, str(e), e.code, repr(e))
