# from seed 004_85249be97c106635.txt, example 6 (fragment: multiprocessing.cpu_count() without an import)
num_processes = multiprocessing.cpu_count()
