# multiprocessing.connection: a Listener in the parent and a Client in a child exchange objects
# and bytes over a socket with an authkey; a client with the wrong key is refused on both sides
import sys
from multiprocessing import AuthenticationError, Process
from multiprocessing.connection import Client, Listener


def client(address, key):
    try:
        conn = Client(address, authkey=key)
    except AuthenticationError as e:
        print("client refused:", e)
        sys.exit(3)
    with conn:
        conn.send(["hello", 1, 2.5])
        print("client got", conn.recv())
        conn.send_bytes(b"raw bytes")


if __name__ == "__main__":
    with Listener(("localhost", 0), authkey=b"secret") as listener:
        host, port = listener.address
        print("listening on", host, isinstance(port, int) and port > 0)
        p = Process(target=client, args=(listener.address, b"secret"))
        p.start()
        with listener.accept() as conn:
            print("connection from", listener.last_accepted[0])
            msg = conn.recv()
            print("server got", msg)
            conn.send({"reply": msg[0].upper()})
            print("bytes:", conn.recv_bytes())
            print("poll after the client closed:", conn.poll(None))
            try:
                conn.recv()
            except EOFError:
                print("EOFError")
        p.join()
        print("exitcode", p.exitcode)

        p = Process(target=client, args=(listener.address, b"wrong"))
        p.start()
        try:
            listener.accept()
        except AuthenticationError as e:
            refused = e
        p.join()
        print("server refused:", refused, "| client exitcode", p.exitcode)
