// queue: the thread queues (threads are async tasks, so get/put/join block by awaiting).

import type { ClassInfo, LibraryModule } from "./types.js";

const blocking = { blocking: true } as const;
const queueClass: ClassInfo = {
  methods: { put: blocking, get: blocking, put_nowait: {}, get_nowait: {}, qsize: {}, empty: {}, full: {}, task_done: {}, join: blocking },
};

export const queueLibrary: LibraryModule = {
  python: "queue",
  runtime: "@py2ts/runtime/queue",
  members: {
    Queue: { kind: "class", qualname: "queue.Queue" },
    LifoQueue: { kind: "class", qualname: "queue.Queue" },
    PriorityQueue: { kind: "class", qualname: "queue.Queue" },
    SimpleQueue: { kind: "class", qualname: "queue.Queue" },
    Empty: { kind: "exception" },
    Full: { kind: "exception" },
  },
  classes: { "queue.Queue": queueClass },
};
