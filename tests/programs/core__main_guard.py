# The script runs as __main__; functions defined under the guard; __name__ of functions and classes.
def helper():
    return "helper"
class Thing:
    pass
print(__name__, helper.__name__, Thing.__name__, Thing.__module__)
if __name__ == "__main__":
    print("running as a script:", helper())
else:
    print("imported")
