def report():
    """Print a report.

    The closing quotes were forgotten.
    print("report")

report()
