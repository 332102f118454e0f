# SystemExit with no code (or None) exits with status 0; code after it does not run.
print("exiting")
try:
    raise SystemExit
finally:
    print("finally still runs")
print("never printed")
