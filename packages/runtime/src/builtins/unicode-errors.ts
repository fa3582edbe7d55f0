// UnicodeDecodeError/EncodeError carry (encoding, object, start, end, reason) and format
// their message from those, as CPython does.
import { UnicodeError } from "./exception-classes.js";
import { str } from "./repr.js";

function hex2(n: number): string {
  return n.toString(16).padStart(2, "0");
}

export class UnicodeDecodeError extends UnicodeError {
  get encoding(): unknown {
    return this.args[0];
  }
  get object(): unknown {
    return this.args[1];
  }
  get start(): unknown {
    return this.args[2];
  }
  get end(): unknown {
    return this.args[3];
  }
  get reason(): unknown {
    return this.args[4];
  }
  override __str__(): string {
    if (this.args.length !== 5) return super.__str__();
    const [enc, obj, start, end, reason] = this.args as unknown as [string, { bytes?: Uint8Array }, number, number, string];
    const bytes = obj?.bytes;
    if (end === start + 1 && bytes) {
      return `'${str(enc)}' codec can't decode byte 0x${hex2(bytes[start] ?? 0)} in position ${start}: ${str(reason)}`;
    }
    return `'${str(enc)}' codec can't decode bytes in position ${start}-${end - 1}: ${str(reason)}`;
  }
}

export class UnicodeEncodeError extends UnicodeError {
  override __str__(): string {
    if (this.args.length !== 5) return super.__str__();
    const [enc, obj, start, end, reason] = this.args as unknown as [string, string, number, number, string];
    if (end === start + 1) {
      const cp = [...obj][start]?.codePointAt(0) ?? 0;
      const esc = cp < 0x100 ? `\\x${hex2(cp)}` : cp < 0x10000 ? `\\u${cp.toString(16).padStart(4, "0")}` : `\\U${cp.toString(16).padStart(8, "0")}`;
      return `'${str(enc)}' codec can't encode character '${esc}' in position ${start}: ${str(reason)}`;
    }
    return `'${str(enc)}' codec can't encode characters in position ${start}-${end - 1}: ${str(reason)}`;
  }
}

export class UnicodeTranslateError extends UnicodeError {}
