timeout = 10s
print(timeout)
