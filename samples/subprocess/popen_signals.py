# terminate, kill and send_signal: negative returncodes and "died with <Signals...>" messages
import subprocess

p = subprocess.Popen(["sleep", "10"])
p.terminate()
print(p.wait())
p = subprocess.Popen(["sleep", "10"])
p.kill()
print(p.wait())
p = subprocess.Popen(["sleep", "10"])
p.send_signal(2)  # SIGINT, by number
print(p.wait())
err = subprocess.CalledProcessError(p.returncode, p.args)
print(err)
p = subprocess.Popen(["sh", "-c", "kill -TERM $$"])
p.wait()
try:
    subprocess.run(["sh", "-c", "kill -TERM $$"], check=True)
except subprocess.CalledProcessError as e:
    print(e)
p = subprocess.Popen(["true"])
p.wait()
p.terminate()
p.kill()
print("signals after exit are ignored:", p.returncode)
