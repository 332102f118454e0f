print("deep", __name__)
D = 4
