# a for loop over a generator runs it step by step, interleaved with the loop body
def numbers():
    print("start")
    yield 1
    print("middle")
    yield 2
    print("end")


for n in numbers():
    print("got", n)
gen = numbers()
for n in gen:
    break
print("after break")
print(list(gen))
