# a list comprehension reading Popen.stdout line by line
import subprocess

p = subprocess.Popen(["printf", "3\\n1\\n2\\n"], stdout=subprocess.PIPE, text=True)
numbers = [int(line) for line in p.stdout]
p.wait()
print(numbers, sum(numbers), p.returncode)
