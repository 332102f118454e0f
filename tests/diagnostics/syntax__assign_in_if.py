answer = input()
if answer = "yes":
    print("ok")
