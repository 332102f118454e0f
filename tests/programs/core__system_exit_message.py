# SystemExit with a string prints it to stderr and exits with status 1; except Exception does not catch it.
try:
    raise SystemExit("fatal: giving up")
except Exception:
    print("not caught here")
