# try with except clauses of every shape, else and finally.
def attempt(f):
    try:
        result = f()
    except ZeroDivisionError:
        return "zero"
    except (KeyError, IndexError) as lookup:
        return f"lookup {lookup!r}"
    except Exception as exc:
        return f"other {exc}"
    except:
        raise
    else:
        return f"ok {result}"
    finally:
        pass
def only_finally():
    try:
        return 1
    finally:
        print("cleanup")
try:
    pass
except ValueError:
    pass
print(attempt(lambda: 1 / 0), attempt(lambda: [][1]), attempt(lambda: 5), only_finally())
