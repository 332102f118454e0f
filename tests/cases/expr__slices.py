# Slices: every combination of start/stop/step, negative values, and tuples of slices.
s = list(range(10))
print(s[:], s[1:], s[:3], s[1:3], s[::2], s[1::2], s[:5:2], s[1:8:3])
print(s[-3:], s[:-3], s[::-1], s[-1:-4:-1], s[::-2], s[5:1:-1])
print(s[len(s) // 2:], s[(1):(2)], s[0:0], s[100:])
class Grid:
    def __getitem__(self, key): return key
g = Grid()
print(g[1:2, 3], g[:, ::2], g[..., 1:], g[1:2:3, :, 4], g[()], g[1,], g[:,])
print(g[a := 1], g[-1], g[x, s[:2]] if False else g[0])
print(g[slice(None)], "abc"[::-1][1:], g[lambda: 0:1])
