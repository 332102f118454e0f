# Closures created in the same call share one cell; each call makes a new cell; loops rebind one cell.
def make_account(balance):
    def deposit(n):
        nonlocal balance
        balance += n
        return balance
    def withdraw(n):
        nonlocal balance
        if n > balance:
            raise ValueError(f"only {balance} left")
        balance -= n
        return balance
    return deposit, withdraw, lambda: balance
dep, wd, bal = make_account(10)
dep2, wd2, bal2 = make_account(100)
dep(5); wd(3); dep2(1)
print(bal(), bal2())
try:
    wd(50)
except ValueError as e:
    print("ValueError:", e)
def loop_cells():
    fs = []
    for i in range(3):
        fs.append(lambda: i)
    i = 99
    return [f() for f in fs]
print(loop_cells())
def generations():
    out = []
    for i in range(3):
        def capture(j=i):
            k = j * 10
            return lambda: k
        out.append(capture())
    return [f() for f in out]
print(generations())
