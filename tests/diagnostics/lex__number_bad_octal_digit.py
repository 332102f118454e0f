mode = 0o644
bad_mode = 0o789
print(mode, bad_mode)
