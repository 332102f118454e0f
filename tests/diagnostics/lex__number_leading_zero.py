# Octal needs the 0o prefix in Python 3.
permissions = 0755
print(permissions)
