header = b"Content-Type: text/plain"
greeting = b"héllo"
print(header, greeting)
