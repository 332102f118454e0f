tasks = [
    "download",
    "parse",

def run():
    return tasks
