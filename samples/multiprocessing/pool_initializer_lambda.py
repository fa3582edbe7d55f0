# API: Pool(initializer=lambda …) runs in every worker under fork, closing over a local; Pool.map with a lambda fails in the parent
import multiprocessing

state = {}


def setup(tag):
    state["tag"] = tag


def tagged(x):
    return f"{state.get('tag')}-{x}"


def run(tag):
    with multiprocessing.Pool(2, initializer=lambda: setup(tag)) as pool:
        print(pool.map(tagged, range(4)))
        print(pool.apply(tagged, ("after",)))


if __name__ == "__main__":
    run("t1")
    print(state)
    with multiprocessing.Pool(1, initializer=lambda: setup("main")) as pool:
        try:
            pool.map(lambda v: v * 2, [1, 2])
        except Exception as e:
            text = str(e)
            print(type(e).__name__, text.startswith("Can't pickle <function <lambda> at 0x"), text[text.index(">:"):])
        print(pool.map(tagged, [5]))
