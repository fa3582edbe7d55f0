// str.format / format_map: replacement fields {name.attr[key]!conv:spec} with nested fields
// in the spec, automatic/manual numbering and CPython's error messages.
import { IndexError, ValueError } from "./exception-classes.js";
import { format } from "./format.js";
import { repr, str, ascii } from "./repr.js";
import { getitem } from "./items.js";
import { getattr } from "./attributes.js";

type State = { auto: number | null; manual: boolean };

function lookupField(field: string, args: unknown[], kwargs: unknown, state: State): unknown {
  const m = /^([^.[]*)(.*)$/s.exec(field)!;
  const first = m[1]!;
  let rest = m[2]!;
  let value: unknown;
  if (first === "") {
    if (state.manual) throw new ValueError("cannot switch from manual field specification to automatic field numbering");
    state.auto ??= 0;
    const i = state.auto++;
    if (i >= args.length) throw new IndexError(`Replacement index ${i} out of range for positional args tuple`);
    value = args[i];
  } else if (/^\d+$/.test(first)) {
    if (state.auto !== null) throw new ValueError("cannot switch from automatic field numbering to manual field specification");
    state.manual = true;
    const i = Number(first);
    if (i >= args.length) throw new IndexError(`Replacement index ${i} out of range for positional args tuple`);
    value = args[i];
  } else {
    value = getitem(kwargs, first);
  }
  while (rest !== "") {
    const attr = /^\.([^.[]+)/.exec(rest);
    if (attr) {
      value = getattr(value, attr[1]!);
      rest = rest.slice(attr[0].length);
      continue;
    }
    const idx = /^\[([^\]]+)\]/.exec(rest);
    if (!idx) throw new ValueError("Only '.' or '[' may follow ']' in format field specifier");
    value = getitem(value, /^\d+$/.test(idx[1]!) ? Number(idx[1]) : idx[1]);
    rest = rest.slice(idx[0].length);
  }
  return value;
}

function convert(value: unknown, conv: string | undefined): unknown {
  switch (conv) {
    case undefined:
      return value;
    case "r":
      return repr(value);
    case "s":
      return str(value);
    case "a":
      return ascii(value);
    default:
      throw new ValueError(`Unknown conversion specifier ${conv}`);
  }
}

function render(fmt: string, args: unknown[], kwargs: unknown, state: State, depth: number): string {
  if (depth > 2) throw new ValueError("Max string recursion exceeded");
  let out = "";
  let i = 0;
  while (i < fmt.length) {
    const ch = fmt[i]!;
    if (ch === "}") {
      if (fmt[i + 1] === "}") {
        out += "}";
        i += 2;
        continue;
      }
      throw new ValueError("Single '}' encountered in format string");
    }
    if (ch !== "{") {
      out += ch;
      i++;
      continue;
    }
    if (fmt[i + 1] === "{") {
      out += "{";
      i += 2;
      continue;
    }
    // Find the matching '}' allowing one level of nested braces in the spec.
    let j = i + 1;
    let nest = 1;
    while (j < fmt.length && nest > 0) {
      if (fmt[j] === "{") nest++;
      else if (fmt[j] === "}") nest--;
      if (nest > 0) j++;
    }
    if (j >= fmt.length) {
      const rest = fmt.slice(i + 1);
      if (rest === "") throw new ValueError("Single '{' encountered in format string");
      throw new ValueError(/[:!]/.test(rest) ? "unmatched '{' in format spec" : "expected '}' before end of string");
    }
    const body = fmt.slice(i + 1, j);
    const m = /^([^!:]*)(?:!([^:]?))?(?::(.*))?$/s.exec(body);
    if (!m) throw new ValueError("expected ':' after conversion specifier");
    const [, field, conv, spec = ""] = m;
    const value = convert(lookupField(field!, args, kwargs, state), conv);
    const fullSpec = spec.includes("{") ? render(spec, args, kwargs, state, depth + 1) : spec;
    out += format(value, fullSpec);
    i = j + 1;
  }
  return out;
}

export function strFormat(fmt: string, args: unknown[], kwargs: unknown): string {
  return render(fmt, args, kwargs, { auto: null, manual: false }, 0);
}

