# multiprocessing.dummy: Process is a thread, current_process/active_children follow it, Pipe is a pair of thread queues
import multiprocessing.dummy as dummy


def echo(conn):
    msg = conn.recv()
    conn.send(("echo", msg, dummy.current_process().name))


if __name__ == "__main__":
    dummy.freeze_support()
    parent_end, child_end = dummy.Pipe()
    t = dummy.Process(target=echo, args=(child_end,), name="echoer")
    print(t.exitcode, len(dummy.active_children()))
    t.start()
    print([c.name for c in dummy.active_children()])
    parent_end.send("hello")
    print(parent_end.recv())
    t.join()
    print(t.exitcode, dummy.active_children(), t.is_alive())
    print(dummy.current_process().name, parent_end.poll(), parent_end.poll(0.01))
    m = dummy.Manager()
    d = m.dict(a=1)
    ns = m.Namespace(x=1, y="b")
    v = m.Value("i", 3)
    print(d, ns, v, v.value, m.Array("i", [1, 2]))
