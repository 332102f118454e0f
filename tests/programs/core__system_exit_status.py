# SystemExit(n) ends the program with status n after running finally blocks; nothing on stderr.
try:
    print("working")
    raise SystemExit(3)
finally:
    print("cleanup")
print("not reached")
