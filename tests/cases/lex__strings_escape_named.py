# Named Unicode escapes \N{...} (needs the Unicode name table).
smile = "\N{WHITE SMILING FACE}"
letter = "\N{LATIN SMALL LETTER E WITH ACUTE}"
dash = "\N{EM DASH}"
print(smile, letter, dash, f"{smile}\N{BULLET}")
