# if/elif/else chains, nested ifs, and conditions built from and/or/not
def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n % 2 == 0:
        if n > 100:
            return "big even"
        return "even"
    else:
        return "odd"


for n in [-4, 0, 7, 12, 500]:
    print(n, classify(n))
x = 5
if x > 1 and not x > 10 or x == 99:
    print("in range")
if []:
    print("never")
elif {}:
    print("never")
else:
    print("empty containers are false")
