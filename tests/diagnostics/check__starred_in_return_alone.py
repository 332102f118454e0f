def unpack(items):
    return *items
