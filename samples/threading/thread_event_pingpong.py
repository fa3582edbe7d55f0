# Two threads taking turns through a pair of Events: the order is fixed by the events alone (API: threading.Event)
import threading

ping = threading.Event()
pong = threading.Event()


def player():
    for i in range(3):
        ping.wait()
        ping.clear()
        print("pong", i)
        pong.set()


if __name__ == "__main__":
    t = threading.Thread(target=player)
    t.start()
    for i in range(3):
        print("ping", i)
        ping.set()
        pong.wait()
        pong.clear()
    t.join()
    print(ping.is_set(), pong.is_set(), ping.wait(0))
