# API: Pool.apply with a lambda fails with a pickling error
import multiprocessing

if __name__ == "__main__":
    with multiprocessing.Pool(1) as pool:
        try:
            pool.apply(lambda x: x, (1,))
        except Exception as e:
            text = str(e)
            print(type(e).__name__, text.startswith("Can't pickle <function <lambda> at 0x"))
            print(text[text.index(">:"):])
