debug = False
True = debug
