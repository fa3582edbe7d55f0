// managers.Token and what BaseManager.register() records per typeid: the proxy type to make
// (AutoProxy unless given), the methods it exposes, and the methods whose results the server
// keeps, returning a proxy of another typeid instead (method_to_typeid).
import { repr } from "../builtins/repr.js";
import { bindCall, signature } from "./call.js";

const TOKEN_SIG = signature("Token", ["typeid", "address", "id"]);

/** managers.Token(typeid, address, id): names one object in a manager's server. */
export class Token {
  static readonly __module__ = "multiprocessing.managers";
  typeid: unknown;
  address: unknown;
  id: unknown;

  constructor(...args: unknown[]) {
    const a = bindCall(TOKEN_SIG, args);
    this.typeid = a.typeid;
    this.address = a.address;
    this.id = a.id;
  }

  __repr__(): string {
    return `Token(typeid=${repr(this.typeid)}, address=${repr(this.address)}, id=${repr(this.id)})`;
  }
}

/** A proxy class: the runtime's BaseProxy subclasses and the user's. */
export type ProxyClass = new (...args: any[]) => object;

export interface Registration {
  /** Null: AutoProxy, whose methods are the exposed ones. */
  readonly proxytype: ProxyClass | null;
  readonly exposed: readonly string[] | null;
  readonly methodToTypeid: ReadonlyMap<string, string>;
}

// By typeid, in this process: CPython keeps one registry per manager class, but a proxy
// rebuilt in another process knows only its typeid, and registrations run at import there too.
// TODO(#6): two manager classes registering one typeid differently share the last entry.
const registrations = new Map<string, Registration>();

export function recordRegistration(typeid: string, registration: Registration): void {
  registrations.set(typeid, registration);
}

export function registrationOf(typeid: string): Registration | undefined {
  return registrations.get(typeid);
}

/** CPython's token ids are the referent's address in the server, `'%x' % id(obj)`. */
export function tokenId(id: number): string {
  return (0x7f3a00000000 + id * 0x50).toString(16);
}
