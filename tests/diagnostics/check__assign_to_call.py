def get_name():
    return "ann"

get_name() = "bob"
