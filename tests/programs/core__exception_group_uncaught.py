# An uncaught group: its members print in CPython's boxes (the last stderr line closes the
# outermost box) and the exit status is 1; stdout printed before is kept.
def work(n):
    if n % 2:
        raise ValueError(f"odd {n}")
    return n


results, errors = [], []
for n in range(5):
    try:
        results.append(work(n))
    except ValueError as e:
        errors.append(e)
print("results:", results)
print("errors:", [str(e) for e in errors])
raise ExceptionGroup("odd numbers", [ExceptionGroup("first", errors[:1]), *errors[1:]])
