// Python float: a box around a JS number, so `4.0` stays a float inside containers and
// `repr`/`type` can tell it from the int `4`.

export class PyFloat {
  static readonly __name__ = "float";

  constructor(readonly value: number) {}

  valueOf(): number {
    return this.value;
  }
}

export function pyFloat(value: number): PyFloat {
  return new PyFloat(value);
}

export function isFloat(x: unknown): x is PyFloat {
  return x instanceof PyFloat;
}
