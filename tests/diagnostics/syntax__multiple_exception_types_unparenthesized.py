try:
    value = int(input())
except ValueError, TypeError:
    value = 0
