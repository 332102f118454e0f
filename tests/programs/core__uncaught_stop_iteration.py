# next() on an exhausted iterator at module level ends the program with StopIteration.
it = iter([1])
print(next(it))
print(next(it))
