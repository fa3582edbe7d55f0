# from seed 000_2a6e35c86a5b668e.txt, example 3 (Pipe, duplex send/recv)
import multiprocessing  
  
def process_a(conn):  
    conn.send("我是 A")  
    print("A 收到:", conn.recv())  
    # A 收到: 我是 B
    conn.close()  
  
def process_b(conn):  
    conn.send("我是 B")  
    print("B 收到:", conn.recv())  
    # B 收到: 我是 A
    conn.close()  
  
if __name__ == '__main__':  
    a_conn, b_conn = multiprocessing.Pipe() 
    # 单工 a_conn, b_conn = multiprocessing.Pipe(duplex=False)
  
    pa = multiprocessing.Process(target=process_a, args=(a_conn,))  
    pb = multiprocessing.Process(target=process_b, args=(b_conn,))  
  
    pa.start()  
    pb.start()  
  
    pa.join()  
    pb.join()
