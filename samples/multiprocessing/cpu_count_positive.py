# API: cpu_count returns a positive int
import multiprocessing
import os

if __name__ == "__main__":
    n = multiprocessing.cpu_count()
    print(type(n).__name__, n >= 1, n == os.cpu_count())
