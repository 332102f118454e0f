name = "weft"
print "Hello, " + name
