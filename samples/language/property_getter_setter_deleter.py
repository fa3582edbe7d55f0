# property with getter, setter validating input, deleter, and a read-only property
class Account:
    def __init__(self, owner):
        self._balance = 0
        self._owner = owner

    @property
    def balance(self):
        print("reading")
        return self._balance

    @balance.setter
    def balance(self, value):
        if value < 0:
            raise ValueError("negative balance")
        self._balance = value

    @balance.deleter
    def balance(self):
        print("deleting")
        self._balance = 0

    @property
    def owner(self):
        return self._owner


acct = Account("ann")
acct.balance = 50
print(acct.balance)
try:
    acct.balance = -1
except ValueError as error:
    print(error)
del acct.balance
print(acct.balance, acct.owner)
try:
    acct.owner = "bob"
except AttributeError as error:
    print(error)
