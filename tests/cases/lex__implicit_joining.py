# Newlines and indentation inside (), [] and {} are ignored.
values = [
    1, 2,
        3,
  4,
]
mapping = {
    "a": (1,
          2),
    "b": {
        "nested": [
            "deep",
        ],
    },
}
result = max(
    values
)
total = (1
+ 2
    + 3)
print(values, mapping, result, total)
