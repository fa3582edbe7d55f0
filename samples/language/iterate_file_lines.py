# iterating an open file yields its lines with their newlines: this file reads itself
with open("iterate_file_lines.py") as handle:
    for number, line in enumerate(handle, start=1):
        if number <= 3:
            print(number, repr(line))
with open("iterate_file_lines.py") as handle:
    print(len(handle.readlines()))
# third line of code above is printed
