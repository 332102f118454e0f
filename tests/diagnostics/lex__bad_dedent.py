def check(value):
    if value > 10:
        print("big")
      print("done")
