// str() and repr() of an ndarray, following numpy's arrayprint.py with its default options:
// precision 8, floatmode 'maxprec', no suppression, line width 75, summarisation with "..."
// (3 edge items) above 1000 elements, numpy 2's repr extras (`shape=` when summarised,
// `dtype=` when it cannot be implied).
import { floatRepr } from "../builtins/repr.js";
import { expDigits, fixedDigits } from "../builtins/floatfmt.js";
import type { Kind } from "./dtype.js";
import { ndarray, shapeText, type Element } from "./ndarray.js";

const PRECISION = 8;
const LINE_WIDTH = 75;
const THRESHOLD = 1000;
const EDGE_ITEMS = 3;

export function arrayStr(a: ndarray): string {
  if (a.ndim === 0) return scalarStr(a._kind, a._elements()[0]!);
  return array2string(a, " ", "", "");
}

function scalarStr(kind: Kind, v: Element): string {
  if (kind === "float64") return floatRepr(v as number);
  if (kind === "bool") return v ? "True" : "False";
  return String(v);
}

export function arrayRepr(a: ndarray): string {
  const prefix = "array(";
  const body = array2string(a, ", ", prefix, ")");
  const extras: string[] = [];
  if ((a.size === 0 && !(a.ndim === 1 && a._shape[0] === 0)) || a.size > THRESHOLD) extras.push(`shape=${shapeText(a._shape)}`);
  if (a.size === 0) extras.push(`dtype=${a._kind}`);
  if (extras.length === 0) return `${prefix}${body})`;
  const head = `${prefix}${body},`;
  const tail = `${extras.join(", ")})`;
  const lastLine = head.length - (head.lastIndexOf("\n") + 1);
  const spacer = lastLine + tail.length + 1 > LINE_WIDTH ? `\n${" ".repeat(prefix.length)}` : " ";
  return head + spacer + tail;
}

function array2string(a: ndarray, separator: string, prefix: string, suffix: string): string {
  if (a.size === 0) return "[]";
  const summarise = a.size > THRESHOLD;
  const formatter = formatterFor(a._kind, summarise ? leadingTrailing(a) : a._elements());
  return formatArray(a, formatter, LINE_WIDTH - suffix.length, " " + " ".repeat(prefix.length), separator, summarise);
}

/** The elements numpy formats from when summarising: the corners, EDGE_ITEMS per axis end. */
function leadingTrailing(a: ndarray): Element[] {
  const out: Element[] = [];
  const walk = (view: ndarray): void => {
    if (view.ndim === 0) {
      out.push(view._data[view._offset]!);
      return;
    }
    const n = view._shape[0]!;
    const picks = n > 2 * EDGE_ITEMS ? [...range(0, EDGE_ITEMS), ...range(n - EDGE_ITEMS, n)] : range(0, n);
    for (const i of picks) walk(sub(view, i));
  };
  walk(a);
  return out;
}

function range(start: number, stop: number): number[] {
  return Array.from({ length: stop - start }, (_, i) => start + i);
}

/** a[i] as a view, also for the last axis (a 0-d view). */
function sub(a: ndarray, i: number): ndarray {
  const k = i < 0 ? i + a._shape[0]! : i;
  return new ndarray(a.dtype, a._data, a._shape.slice(1), a._strides.slice(1), a._offset + k * a._strides[0]!);
}

function formatArray(a: ndarray, format: (v: Element) => string, lineWidth: number, nextLinePrefix: string, separator: string, summarise: boolean): string {
  const recurse = (view: ndarray, hangingIndent: string, currWidth: number): string => {
    if (view.ndim === 0) return format(view._data[view._offset]!);
    const nextHangingIndent = hangingIndent + " ";
    const nextWidth = currWidth - 1;
    const length = view._shape[0]!;
    const showSummary = summarise && 2 * EDGE_ITEMS < length;
    const leading = showSummary ? EDGE_ITEMS : 0;
    const trailing = showSummary ? EDGE_ITEMS : length;
    let s = "";
    if (view.ndim === 1) {
      const elemWidth = currWidth - Math.max(separator.trimEnd().length, 1);
      let line = hangingIndent;
      const extend = (word: string, width: number): void => {
        let wrap = line.length + word.length > width;
        if (line.length <= hangingIndent.length) wrap = false;
        if (wrap) {
          s += line.trimEnd() + "\n";
          line = hangingIndent;
        }
        line += word;
      };
      for (let i = 0; i < leading; i++) {
        extend(recurse(sub(view, i), nextHangingIndent, nextWidth), elemWidth);
        line += separator;
      }
      if (showSummary) {
        extend("...", elemWidth);
        line += separator;
      }
      for (let i = trailing; i > 1; i--) {
        extend(recurse(sub(view, -i), nextHangingIndent, nextWidth), elemWidth);
        line += separator;
      }
      extend(recurse(sub(view, -1), nextHangingIndent, nextWidth), elemWidth);
      s += line;
    } else {
      const lineSep = separator.trimEnd() + "\n".repeat(view.ndim - 1);
      for (let i = 0; i < leading; i++) s += hangingIndent + recurse(sub(view, i), nextHangingIndent, nextWidth) + lineSep;
      if (showSummary) s += hangingIndent + "..." + lineSep;
      for (let i = trailing; i > 1; i--) s += hangingIndent + recurse(sub(view, -i), nextHangingIndent, nextWidth) + lineSep;
      s += hangingIndent + recurse(sub(view, -1), nextHangingIndent, nextWidth);
    }
    return "[" + s.slice(hangingIndent.length) + "]";
  };
  return recurse(a, nextLinePrefix, lineWidth);
}

function formatterFor(kind: Kind, values: Element[]): (v: Element) => string {
  if (kind === "bool") return (v) => (v ? " True" : "False");
  if (kind === "int64") {
    const width = values.reduce<number>((w, v) => Math.max(w, String(v).length), 0);
    return (v) => String(v).padStart(width);
  }
  return floatingFormat(values as number[]);
}

/** Digits of |x| as numpy's dragon4 gives them with `unique` and at most `precision` digits
 *  after the point: the shortest round-trip digits, or the exact value rounded if longer. */
function positional(x: number, precision: number): string {
  const abs = Math.abs(x);
  const shortest = shortestPositional(abs);
  const fraction = shortest.split(".")[1] ?? "";
  // Rounded as dragon4 rounds: the exact value, ties to even (toFixed sends ties up).
  let text = fraction.length > precision ? fixedDigits(abs, precision) : shortest;
  if (!text.includes(".")) text += ".";
  text = text.replace(/0+$/, "");
  return (x < 0 || Object.is(x, -0) ? "-" : "") + text;
}

function shortestPositional(abs: number): string {
  const [mantissa, exp] = abs.toExponential().split("e") as [string, string];
  const digits = mantissa.replace(".", "");
  const e = Number(exp);
  if (e >= 0) return digits.length > e + 1 ? `${digits.slice(0, e + 1)}.${digits.slice(e + 1)}` : digits + "0".repeat(e + 1 - digits.length);
  return `0.${"0".repeat(-e - 1)}${digits}`;
}

/** [mantissa, exponent] of |x| in scientific notation with at most `precision` digits after the
 *  point (shortest round-trip when shorter), trailing zeros trimmed. */
function scientific(x: number, precision: number): [string, number] {
  const abs = Math.abs(x);
  let [mantissa, exp] = abs.toExponential().split("e") as [string, string];
  const fraction = mantissa.split(".")[1] ?? "";
  if (fraction.length > precision) {
    const [digits, e] = expDigits(abs, precision);
    [mantissa, exp] = [precision > 0 ? `${digits[0]}.${digits.slice(1)}` : digits, String(e)];
  }
  if (!mantissa.includes(".")) mantissa += ".";
  return [(x < 0 || Object.is(x, -0) ? "-" : "") + mantissa.replace(/0+$/, ""), Number(exp)];
}

// FloatingFormat.fillFormat and __call__ (sign '-', floatmode 'maxprec', no legacy).
function floatingFormat(values: number[]): (v: Element) => string {
  const finite = values.filter(Number.isFinite);
  const nonZero = finite.filter((v) => v !== 0).map(Math.abs);
  let expFormat = false;
  if (nonZero.length > 0) {
    const maxVal = Math.max(...nonZero);
    const minVal = Math.min(...nonZero);
    expFormat = maxVal >= 1e8 || minVal < 0.0001 || maxVal / minVal > 1000;
  }
  let padLeft = 0;
  let padRight = 0;
  let format: (v: number) => string;
  if (finite.length === 0) {
    format = () => "";
  } else if (expFormat) {
    const parts = finite.map((v) => scientific(v, PRECISION));
    const precision = Math.max(...parts.map(([m]) => m.split(".")[1]!.length));
    const expSize = Math.max(2, ...parts.map(([, e]) => String(Math.abs(e)).length));
    padLeft = Math.max(...parts.map(([m]) => m.split(".")[0]!.length));
    padRight = expSize + 2 + precision;
    format = (v) => {
      const [mantissa, exp] = scientific(v, precision);
      const [int, frac] = mantissa.split(".") as [string, string];
      return `${int.padStart(padLeft)}.${frac.padEnd(precision, "0")}e${exp < 0 ? "-" : "+"}${String(Math.abs(exp)).padStart(expSize, "0")}`;
    };
  } else {
    const parts = finite.map((v) => positional(v, PRECISION).split(".") as [string, string]);
    padLeft = Math.max(...parts.map(([int]) => int.length));
    padRight = Math.max(...parts.map(([, frac]) => frac.length));
    format = (v) => {
      const [int, frac] = positional(v, PRECISION).split(".") as [string, string];
      return `${int.padStart(padLeft)}.${frac.padEnd(padRight)}`;
    };
  }
  if (finite.length !== values.length) {
    const negInf = values.some((v) => v === -Infinity);
    const offset = padRight + 1;
    padLeft = Math.max(padLeft, 3 - offset, 3 + (negInf ? 1 : 0) - offset);
  }
  return (v) => {
    const x = v as number;
    if (Number.isFinite(x)) return format(x);
    const text = Number.isNaN(x) ? "nan" : x < 0 ? "-inf" : "inf";
    return text.padStart(padLeft + padRight + 1);
  };
}
