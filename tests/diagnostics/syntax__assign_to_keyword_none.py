def reset(value):
    None = value
