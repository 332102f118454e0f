answer = 42
42 = answer
