# Start-up only: how long an interpreter (or the converted program's runtime) takes to print one line.
print("ready")
