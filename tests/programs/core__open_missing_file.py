# Opening a missing file raises FileNotFoundError (an OSError) with errno and filename.
try:
    open("/tmp/weft_golden_this_file_does_not_exist.txt")
except FileNotFoundError as e:
    print("FileNotFoundError:", e)
    print(e.errno, e.filename, isinstance(e, OSError), e.strerror)
try:
    open("/tmp/weft_golden_this_file_does_not_exist.txt")
except OSError as e:
    print(type(e).__name__, e.args)
