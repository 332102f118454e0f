class Task:
def run(self):
    pass
