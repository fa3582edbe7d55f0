# functions defined inside the __main__ block used as Pool and Process targets (they are module globals; fork children have them)
import multiprocessing

if __name__ == "__main__":
    def square(x):
        return x * x

    def show(tag):
        print("child says", tag)

    with multiprocessing.Pool(2) as pool:
        print(pool.map(square, range(5)))
    p = multiprocessing.Process(target=show, args=("hi",))
    p.start()
    p.join()
