def call(f, args, kwargs):
    return f(**kwargs, *args)
