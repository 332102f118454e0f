budget = 1_000_
print(budget)
