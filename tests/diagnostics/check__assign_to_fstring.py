name = "ann"
f"{name}" = "bob"
