// heapq's push and pop on a JS array, by Python `<`, exactly as CPython's _heapq does them:
// equal (but distinguishable) items come out in heap order, not insertion order, and an item
// whose comparison raises stays in the heap, as after a failed heappush. Used by the priority
// queues (queue.PriorityQueue, asyncio.PriorityQueue).
import { lt } from "./compare.js";

/** heapq.heappush: append, then move the new item up while it is smaller than its parent. */
export function heapPush(heap: unknown[], item: unknown): void {
  heap.push(item);
  siftDown(heap, 0, heap.length - 1);
}

/** heapq.heappop: the last item replaces the root, then sinks to a leaf and rises back. */
export function heapPop(heap: unknown[]): unknown {
  const last = heap.pop();
  if (heap.length === 0) return last;
  const top = heap[0];
  heap[0] = last;
  siftUp(heap, 0);
  return top;
}

// _heapq's siftdown, swapping at each step so a raising `<` leaves a valid list behind.
function siftDown(heap: unknown[], start: number, pos: number): void {
  while (pos > start) {
    const parent = (pos - 1) >> 1;
    if (!lt(heap[pos], heap[parent])) break;
    [heap[pos], heap[parent]] = [heap[parent], heap[pos]];
    pos = parent;
  }
}

// _heapq's siftup: the smaller child moves up until a leaf is reached, then siftdown.
function siftUp(heap: unknown[], pos: number): void {
  const end = heap.length;
  const start = pos;
  const limit = end >> 1;
  while (pos < limit) {
    let child = 2 * pos + 1;
    if (child + 1 < end && !lt(heap[child], heap[child + 1])) child++;
    [heap[pos], heap[child]] = [heap[child], heap[pos]];
    pos = child;
  }
  siftDown(heap, start, pos);
}
