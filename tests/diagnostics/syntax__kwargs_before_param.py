def log(**options, level):
    pass
