# perf_counter, monotonic and process_time never go backwards; time() is a float near time_ns()
import time

a = time.perf_counter()
b = time.perf_counter()
print(b >= a, isinstance(a, float))
m1 = time.monotonic()
m2 = time.monotonic()
print(m2 >= m1)
p = time.process_time()
print(p >= 0, isinstance(p, float))
print(abs(time.time() - time.time_ns() / 1e9) < 1)
print(type(time.perf_counter_ns()).__name__, type(time.time_ns()).__name__)
