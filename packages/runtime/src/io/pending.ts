// Files with buffered, unwritten data. CPython writes an abandoned file out as soon as its last
// reference goes (`open(p, "w").write(s)` lands at once); JS has no such moment, so every open(),
// path query and the end of the current synchronous run write all pending data out first.
type Flushable = { flushPending(): void };

const dirty = new Set<Flushable>();
let scheduled = false;
let exitHooked = false;

export function markDirty(file: Flushable): void {
  dirty.add(file);
  if (!scheduled) {
    scheduled = true;
    // After the current synchronous run: before a worker reports completion, before a parent
    // waiting in join() can look at the file.
    queueMicrotask(flushPendingWrites);
  }
  if (!exitHooked) {
    exitHooked = true;
    process.on("exit", flushPendingWrites);
  }
}

export function markClean(file: Flushable): void {
  dirty.delete(file);
}

export function flushPendingWrites(): void {
  scheduled = false;
  for (const file of [...dirty]) {
    try {
      file.flushPending();
    } catch {
      // An error here belongs to the file's own flush()/close(), which will raise it again.
    }
  }
}
