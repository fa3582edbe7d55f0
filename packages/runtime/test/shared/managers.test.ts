// The manager protocol between real worker threads: a server thread running _run_server over a
// ManagerConnection, proxies calling it from this thread and from client threads (fixtures/
// manager-worker.mjs, compiled runtime in dist/). Needs `pnpm build` first.
import { Worker } from "node:worker_threads";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findHandleType } from "../../src/multiprocessing/handles.js";
import { ManagerConnection, knownConnection } from "../../src/multiprocessing/manager-wire.js";
import { makeProxy, request, type BaseProxy } from "../../src/multiprocessing/manager-proxies.js";
import { packArgs } from "../../src/multiprocessing/manager-objects.js";
import { dumps, loads } from "../../src/multiprocessing/reduction.js";
import { KeyError } from "../../src/builtins/exceptions.js";
import { BrokenPipeError, FileNotFoundError } from "../../src/builtins/oserror.js";
import { PyTuple } from "../../src/builtins/tuple.js";

const fixture = new URL("./fixtures/manager-worker.mjs", import.meta.url);

function startServer(connection: ManagerConnection): Promise<Worker> {
  const worker = new Worker(fixture, { workerData: { role: "server", wire: connection.wire } });
  return new Promise((resolve, reject) => {
    worker.once("message", () => resolve(worker));
    worker.once("error", reject);
  });
}

function runClient(scenario: string, proxies: BaseProxy[], args: Record<string, unknown>): Promise<unknown> {
  const handles = proxies.map((proxy) => {
    const type = findHandleType(proxy)!;
    return { type: type.name, state: type.reduce(proxy).state };
  });
  const worker = new Worker(fixture, { workerData: { role: "client", scenario, handles, args } });
  return new Promise((resolve, reject) => {
    worker.once("message", (message: { result: unknown }) => resolve(message.result));
    worker.once("error", reject);
    worker.once("exit", (code) => reject(new Error(`client exited with ${code} before reporting`)));
  });
}

function create(connection: ManagerConnection, typeid: "dict" | "list", args: unknown[] = []): BaseProxy {
  const id = request(connection, { op: "create", typeid, args: packArgs(args) }) as number;
  return makeProxy(typeid === "dict" ? "DictProxy" : "ListProxy", connection, id, typeid);
}

type Dict = BaseProxy & Record<string, (...args: unknown[]) => unknown>;

describe("manager protocol", () => {
  let connection: ManagerConnection;
  let server: Worker;

  beforeAll(async () => {
    connection = ManagerConnection.create();
    knownConnection(connection.wire);
    server = await startServer(connection);

  });

  afterAll(async () => {
    connection.call({ op: "shutdown" });
    await server.terminate();
  });

  it("a dict proxy sees every write made by two client threads", async () => {
    const d = create(connection, "dict") as Dict;
    await Promise.all([runClient("fill", [d], { prefix: "a", n: 200 }), runClient("fill", [d], { prefix: "b", n: 200 })]);
    expect(d.__len__!()).toBe(400);
    expect(d.__getitem__!("a199")).toBe(199);
    expect(d.__getitem__!("b0")).toBe(0);
  });

  it("list appends from clients interleave without losing any", async () => {
    const l = create(connection, "list") as Dict;
    await Promise.all([1, 2, 3].map((id) => runClient("append", [l], { id, n: 100 })));
    const items = [...(l as unknown as Iterable<number>)];
    expect(items.length).toBe(300);
    expect(items.filter((x) => x === 2).length).toBe(100);
  });

  it("the server's exception is raised here with its Python type", () => {
    const d = create(connection, "dict") as Dict;
    expect(() => d.__getitem__!("missing")).toThrow(KeyError);
  });

  it("dict views come back as lists, as CPython pickles them", () => {
    const d = create(connection, "dict") as Dict;
    d.__setitem__!("k", 1);
    const items = d.items!() as unknown[];
    expect(Array.isArray(items)).toBe(true);
    expect(items[0]).toBeInstanceOf(PyTuple);
  });

  it("a request larger than the shared buffer grows it", () => {
    const l = create(connection, "list") as Dict;
    const big = "x".repeat(100_000);
    l.append!(big);
    expect(l.__getitem__!(0)).toBe(big);
  });

  it("a proxy pickled to bytes carries ids only and rebuilds through the registry", () => {
    const l = create(connection, "list", [[1, 2]]) as Dict;
    const copy = loads(dumps(l)) as Dict;
    expect(copy).not.toBe(l);
    copy.append!(3);
    expect(l.__len__!()).toBe(3);
  });
});

describe("a stopped manager", () => {
  it("fails calls instead of waiting: socket gone before any call, broken pipe after one", async () => {
    const connection = ManagerConnection.create();
    const server = await startServer(connection);
    const fresh = create(connection, "list");
    const connection2 = new ManagerConnection(connection.wire);
    const unused = makeProxy("ListProxy", connection2, 1, "list") as Dict;
    (fresh as Dict).append!(1);
    connection.call({ op: "shutdown" });
    await server.terminate();
    expect(() => (fresh as Dict).append!(2)).toThrow(BrokenPipeError);
    expect(() => unused.append!(2)).toThrow(FileNotFoundError);
  });
});
