# Uncaught TypeError deep in a method call chain, with a wrong-argument-count message.
class Account:
    def __init__(self, owner):
        self.owner = owner
    def deposit(self, amount):
        return amount
acct = Account("ann")
print(acct.owner)
acct.deposit(10, 20)
