# An uncaught KeyError inside nested calls: stdout flushed first, traceback on stderr, status 1.
def lookup(d, k):
    return d[k]
def main():
    print("before")
    lookup({"a": 1}, "missing")
main()
