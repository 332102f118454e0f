class = "beginner"
print("level set")
