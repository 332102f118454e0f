command = "stop"
match command:
    case other:
        print("anything", other)
    case "stop":
        print("stopping")
