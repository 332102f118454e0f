def show(**options):
    print(options)

show(True=1)
