# from seed 004_85249be97c106635.txt, example 4 (Process reading files that do not exist)
import multiprocessing


def read_file(file_path):
    with open(file_path, 'r') as f:
        content = f.read()
        print(f"Read {len(content)} bytes from {file_path}")


if __name__ == '__main__':
    file_paths = ['file1.txt', 'file2.txt', 'file3.txt']
    processes = []

    for file_path in file_paths:
        p = multiprocessing.Process(target=read_file, args=(file_path,))
        processes.append(p)
        p.start()

    for p in processes:
        p.join()
