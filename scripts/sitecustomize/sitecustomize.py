# Imported by every python3 started by scripts/record-expected.mjs and the test harness (via
# PYTHONPATH): stdout flushes at each newline even into a pipe, as on a terminal, so lines of
# concurrent processes never interleave mid-line. Forked children inherit the setting.
import sys

sys.stdout.reconfigure(line_buffering=True)
