try:
    raise ExceptionGroup("errors", [ValueError(1)])
except* ValueError:
    print("value errors")
except TypeError:
    print("type error")
