# $-substitution with string.Template (substitute, safe_substitute)
from string import Template

t = Template("$name owes $$${amount} to ${creditor}")
print(t.substitute(name="Ann", amount=10, creditor="Bob"))
print(t.safe_substitute(name="Ann"))
print(t.substitute({"name": "Cid", "amount": 5, "creditor": "Dee"}))
try:
    t.substitute(name="X")
except KeyError as e:
    print("KeyError:", e)
try:
    Template("cost: $").substitute()
except ValueError as e:
    print("ValueError:", e)
