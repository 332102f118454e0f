print("mod1", __name__)
V = "m1"
