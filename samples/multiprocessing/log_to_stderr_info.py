# multiprocessing.log_to_stderr(INFO): the user's messages and multiprocessing's own, from parent and child, on stderr
import logging
import multiprocessing


def work(x):
    multiprocessing.get_logger().info("working on %s", x)


if __name__ == "__main__":
    logger = multiprocessing.log_to_stderr(logging.INFO)
    print(logger.name, logger.propagate, logger.level, logger is multiprocessing.get_logger())
    logger.info("main starting")
    p = multiprocessing.Process(target=work, args=(1,))
    p.start()
    p.join()
    logger.warning("done %d", p.exitcode)
    logger.debug("not shown at INFO")
    print("end of main")
