# from seed 003_52ed7e822d35da1c.txt, example 6 (subprocess.Popen, PIPE, communicate)
import subprocess

print('$ nslookup')
p = subprocess.Popen(['nslookup'], stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
output, err = p.communicate(b'set q=mxpython.org\nexit\n')
print(output.decode('utf-8'))
print('Exit code:', p.returncode)
