# datetime.strptime: parsing common formats, two-digit years, AM/PM, month names, and its ValueErrors
from datetime import datetime

for s, fmt in [
    ("2024-03-04 05:06:07", "%Y-%m-%d %H:%M:%S"),
    ("04/03/24", "%d/%m/%y"),
    ("1 Jan 1999", "%d %b %Y"),
    ("March 5, 2021 7:45 PM", "%B %d, %Y %I:%M %p"),
    ("12:00 am", "%I:%M %p"),
    ("2024-060", "%Y-%j"),
    ("20240102T030405.5", "%Y%m%dT%H%M%S.%f"),
    ("69", "%y"),
    ("2024-01-02 +0530", "%Y-%m-%d %z"),
]:
    print(repr(datetime.strptime(s, fmt)))
for s, fmt in [("2024-13-01", "%Y-%m-%d"), ("2024-01-01 extra", "%Y-%m-%d"), ("2024", "%Y %Q"), ("x", "%"), ("2023-02-29", "%Y-%m-%d")]:
    try:
        datetime.strptime(s, fmt)
    except ValueError as e:
        print("ValueError:", e)
