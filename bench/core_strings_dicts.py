"""String building and dict counting: word frequencies over generated text."""

SYLLABLES = ["ka", "lo", "mi", "ne", "su", "ta", "ri", "po", "xe", "du"]


def make_words(count):
    words = []
    state = 12345
    for _ in range(count):
        state = (state * 1103515245 + 12345) % 2147483648
        n = 1 + state % 3
        word = ""
        s = state
        for _ in range(n):
            word += SYLLABLES[s % 10]
            s //= 10
        words.append(word)
    return words


def count(words):
    freq = {}
    for w in words:
        freq[w] = freq.get(w, 0) + 1
    return freq


words = make_words(300000)
text = " ".join(words)
freq = count(text.split())
upper = {}
for w, n in freq.items():
    key = w.upper()[:3]
    if key in upper:
        upper[key] += n
    else:
        upper[key] = n
lines = []
for w in sorted(freq):
    lines.append(f"{w}:{freq[w]}")
report = "\n".join(lines)
print("checksum", len(freq), len(upper), len(report), sum(len(w) for w in words), report.count("ka"))
