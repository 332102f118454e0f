for attempt in range(3):
    def retry():
        break
    retry()
