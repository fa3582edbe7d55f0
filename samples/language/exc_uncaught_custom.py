# an uncaught custom exception: the last stderr line is "Name: message", exit status 1
class QuotaExceeded(Exception):
    pass


print("working")
raise QuotaExceeded("limit of 3 reached")
