# API: get_start_method, get_all_start_methods, set_start_method twice raises RuntimeError
import multiprocessing

if __name__ == "__main__":
    print(multiprocessing.get_start_method(allow_none=True))
    print(multiprocessing.get_start_method())
    print(sorted(multiprocessing.get_all_start_methods()))
    try:
        multiprocessing.set_start_method("spawn")
    except RuntimeError as e:
        print("RuntimeError:", e)
    multiprocessing.set_start_method("spawn", force=True)
    print(multiprocessing.get_start_method())
    try:
        multiprocessing.set_start_method("bogus", force=True)
    except ValueError as e:
        print("ValueError:", e)
