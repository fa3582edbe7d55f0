# from seed 003_52ed7e822d35da1c.txt, example 5 (subprocess.call of nslookup)
import subprocess

print('$ nslookup www.python.org')
r = subprocess.call(['nslookup', 'www.python.org'])
print('Exit code:', r)
