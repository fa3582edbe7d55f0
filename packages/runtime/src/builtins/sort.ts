// A stable sort using only Python's `<`, comparing in the same order as CPython's list.sort
// for short lists (count_run + binary insertion), so a failing comparison raises the same
// "'<' not supported between instances of 'str' and 'int'" as CPython.
import { lt } from "./compare.js";
import { truth } from "./truth.js";
import { callFunction } from "./call.js";

function countRunAndInsert(a: unknown[], keys: unknown[]): void {
  const n = a.length;
  if (n < 2) return;
  let run = 2;
  if (lt(keys[1], keys[0])) {
    while (run < n && lt(keys[run], keys[run - 1])) run++;
    a.splice(0, run, ...a.slice(0, run).reverse());
    keys.splice(0, run, ...keys.slice(0, run).reverse());
  } else {
    while (run < n && !lt(keys[run], keys[run - 1])) run++;
  }
  for (let start = run; start < n; start++) {
    const pivotKey = keys[start];
    const pivot = a[start];
    let lo = 0;
    let hi = start;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (lt(pivotKey, keys[mid])) hi = mid;
      else lo = mid + 1;
    }
    keys.splice(start, 1);
    keys.splice(lo, 0, pivotKey);
    a.splice(start, 1);
    a.splice(lo, 0, pivot);
  }
}

function mergeSort(idx: number[], keys: unknown[]): number[] {
  if (idx.length <= 1) return idx;
  const mid = idx.length >> 1;
  const left = mergeSort(idx.slice(0, mid), keys);
  const right = mergeSort(idx.slice(mid), keys);
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < left.length && j < right.length) {
    if (lt(keys[right[j]!], keys[left[i]!])) out.push(right[j++]!);
    else out.push(left[i++]!);
  }
  return out.concat(left.slice(i), right.slice(j));
}

export type SortOptions = { key?: unknown; reverse?: unknown };

// Sorts `items` in place. reverse keeps equal items in their original order, as CPython does
// (it reverses, sorts stably, and reverses back).
export function pySort(items: unknown[], options: SortOptions = {}): void {
  const reverse = options.reverse !== undefined && truth(options.reverse);
  if (reverse) items.reverse();
  const key = options.key;
  const keys = key === undefined || key === null ? items.slice() : items.map((x) => callFunction(key, [x]));
  if (items.length < 64) {
    countRunAndInsert(items, keys);
  } else {
    const order = mergeSort(items.map((_, i) => i), keys);
    const sorted = order.map((i) => items[i]);
    items.splice(0, items.length, ...sorted);
  }
  if (reverse) items.reverse();
}
