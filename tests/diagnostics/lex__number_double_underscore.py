population = 8_000__000_000
print(population)
