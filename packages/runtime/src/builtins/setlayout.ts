// The slot layout of CPython 3.11's set table (Objects/setobject.c), kept only to reproduce
// its iteration order: open addressing over 2**k slots, LINEAR_PROBES consecutive slots per
// probe, then the perturbed jump; deleted keys leave dummies; the table grows when 3/5 full.
// Membership is answered by the set's HashTable; this layout is told about keys known to be
// absent (insert) or present (remove), with the CPython hash of each.

export const EMPTY: unique symbol = Symbol("empty slot");
export const DUMMY: unique symbol = Symbol("deleted slot");
type Slot = unknown;

const LINEAR_PROBES = 9;
const MIN_SIZE = 8;
const TWO32 = 4294967296;

// The low and high 32 bits of a hash taken as C's size_t (two's complement, 64 bits).
export function hashLow(h: number | bigint): number {
  return typeof h === "number" ? h >>> 0 : Number(BigInt.asUintN(32, h));
}
function hashHigh(h: number | bigint): number {
  return typeof h === "number" ? Math.floor(h / TWO32) >>> 0 : Number(BigInt.asUintN(32, h >> 32n));
}

export class SetLayout {
  keys: Slot[] = new Array<Slot>(MIN_SIZE).fill(EMPTY);
  hashes: (number | bigint)[] = new Array<number | bigint>(MIN_SIZE).fill(0);
  mask = MIN_SIZE - 1;
  fill = 0; // active + dummy slots
  used = 0; // active slots
  finger = 0; // where set.pop() resumes

  // set_add_entry for a key that is not in the set: the last dummy on the probe path, else the
  // first empty slot; resizes when fill reaches 3/5 of the mask.
  insert(key: unknown, hash: number | bigint): void {
    const keys = this.keys;
    const mask = this.mask;
    let i = hashLow(hash) & mask;
    let pLo = hashLow(hash);
    let pHi = hashHigh(hash);
    let free = -1;
    for (;;) {
      let j = i;
      let probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
      do {
        const k = keys[j];
        if (k === EMPTY) {
          if (free >= 0) {
            this.used++;
            keys[free] = key;
            this.hashes[free] = hash;
            return;
          }
          this.fill++;
          this.used++;
          keys[j] = key;
          this.hashes[j] = hash;
          if (this.fill * 5 >= mask * 3) this.resize(this.used > 50000 ? this.used * 2 : this.used * 4);
          return;
        }
        if (k === DUMMY) free = j;
        j++;
      } while (probes-- > 0);
      [pLo, pHi] = [((pLo >>> 5) | (pHi << 27)) >>> 0, pHi >>> 5];
      i = (i * 5 + 1 + pLo) & mask;
    }
  }

  // set_discard_entry for a key that is in the set (found by identity: it is the stored key).
  remove(key: unknown, hash: number | bigint): void {
    const j = this.find(key, hash);
    this.keys[j] = DUMMY;
    this.hashes[j] = -1;
    this.used--;
  }

  private find(key: unknown, hash: number | bigint): number {
    const keys = this.keys;
    const mask = this.mask;
    let i = hashLow(hash) & mask;
    let pLo = hashLow(hash);
    let pHi = hashHigh(hash);
    for (;;) {
      let j = i;
      let probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
      do {
        const k = keys[j];
        if (k === key) return j;
        if (k === EMPTY) throw new Error("internal error: set layout lost a key");
        j++;
      } while (probes-- > 0);
      [pLo, pHi] = [((pLo >>> 5) | (pHi << 27)) >>> 0, pHi >>> 5];
      i = (i * 5 + 1 + pLo) & mask;
    }
  }

  // set_insert_clean: into a table without dummies, for a key known to be absent.
  insertClean(key: unknown, hash: number | bigint): void {
    const keys = this.keys;
    const mask = this.mask;
    let i = hashLow(hash) & mask;
    let pLo = hashLow(hash);
    let pHi = hashHigh(hash);
    for (;;) {
      if (keys[i] === EMPTY) break;
      let found = -1;
      if (i + LINEAR_PROBES <= mask) {
        for (let j = 1; j <= LINEAR_PROBES; j++) {
          if (keys[i + j] === EMPTY) {
            found = i + j;
            break;
          }
        }
      }
      if (found >= 0) {
        i = found;
        break;
      }
      [pLo, pHi] = [((pLo >>> 5) | (pHi << 27)) >>> 0, pHi >>> 5];
      i = (i * 5 + 1 + pLo) & mask;
    }
    keys[i] = key;
    this.hashes[i] = hash;
  }

  // set_table_resize: the smallest power of two above minused (at least 8); active keys are
  // reinserted in slot order, dummies dropped.
  resize(minused: number): void {
    let size = MIN_SIZE;
    while (size <= minused) size *= 2;
    if (size === MIN_SIZE && this.mask === MIN_SIZE - 1 && this.fill === this.used) return;
    const oldKeys = this.keys;
    const oldHashes = this.hashes;
    this.keys = new Array<Slot>(size).fill(EMPTY);
    this.hashes = new Array<number | bigint>(size).fill(0);
    this.mask = size - 1;
    this.fill = this.used;
    for (let i = 0; i < oldKeys.length; i++) {
      const k = oldKeys[i];
      if (k !== EMPTY && k !== DUMMY) this.insertClean(k, oldHashes[i]!);
    }
  }

  // The first step of set_merge and of updating from a dict: one resize up front.
  presize(incoming: number): void {
    if ((this.fill + incoming) * 5 >= this.mask * 3) this.resize((this.used + incoming) * 2);
  }

  // set_merge into an empty set: the slots are copied as they are when the tables have the same
  // size and the source has no dummies, else reinserted clean in the source's slot order.
  copyFrom(other: SetLayout): void {
    if (this.mask === other.mask && other.fill === other.used) {
      this.keys = other.keys.slice();
      this.hashes = other.hashes.slice();
      this.fill = other.fill;
      this.used = other.used;
      return;
    }
    this.fill = other.used;
    this.used = other.used;
    const keys = other.keys;
    for (let i = 0; i < keys.length; i++) {
      const k = keys[i];
      if (k !== EMPTY && k !== DUMMY) this.insertClean(k, other.hashes[i]!);
    }
  }

  // set.pop(): the first active slot from the finger on, wrapping around.
  pop(): [unknown, number | bigint] {
    let i = this.finger & this.mask;
    while (this.keys[i] === EMPTY || this.keys[i] === DUMMY) {
      i++;
      if (i > this.mask) i = 0;
    }
    const key = this.keys[i];
    const hash = this.hashes[i]!;
    this.keys[i] = DUMMY;
    this.hashes[i] = -1;
    this.used--;
    this.finger = i + 1;
    return [key, hash];
  }

  // Remove a quarter or more of dummies, as set_difference_update_internal does at its end.
  purgeDummies(): void {
    if (this.fill - this.used > Math.floor(this.mask / 4)) this.resize(this.used > 50000 ? this.used * 2 : this.used * 4);
  }
}
