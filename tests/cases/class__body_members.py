# Class bodies: attributes, methods, dunders, nested classes, properties, docstrings.
class Account:
    """A bank account."""
    interest = 0.02
    count: int = 0
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        Account.count += 1
    def __repr__(self):
        return f"Account({self.owner!r}, {self.balance})"
    @property
    def rich(self):
        return self.balance > 1000
    @classmethod
    def empty(cls, owner):
        return cls(owner)
    class Error(Exception):
        pass
    def withdraw(self, amount):
        if amount > self.balance:
            raise Account.Error("insufficient funds")
        self.balance -= amount
acct = Account("ann", 50)
print(acct, acct.rich, Account.empty("bob"), Account.count)
