// format(z, spec) for complex (Python/formatter_unicode.c format_complex_internal): each part
// formatted as a float, the imaginary one always signed unless it stands alone, then padded as
// one field. With no presentation type the parts print as repr() does, in parentheses.
import { ValueError } from "./exception-classes.js";
import { formatFloat, pad, parseSpec, type FormatSpec } from "./format.js";

export function formatComplex(re: number, im: number, text: string): string {
  const spec = parseSpec(text, "complex");
  if (spec.type !== "" && !"eEfFgGn".includes(spec.type)) throw new ValueError(`Unknown format code '${spec.type}' for object of type 'complex'`);
  if (spec.fill === "0") throw new ValueError("Zero padding is not allowed in complex format specifier");
  if (spec.align === "=") throw new ValueError("'=' alignment flag is not allowed in complex format specifier");
  const reprStyle = spec.type === "" && spec.precision === undefined;
  const skipRe = spec.type === "" && re === 0 && !Object.is(re, -0);
  const partSpec: FormatSpec = { ...spec, fill: " ", align: undefined, width: undefined, zero: false, type: spec.type === "" ? "g" : spec.type };
  const part = (x: number, sign: FormatSpec["sign"]): string => {
    if (!reprStyle) return formatFloat(x, { ...partSpec, sign });
    // repr style: the float's own repr, without the ".0" a float would show.
    return formatFloat(x, { ...partSpec, type: "", sign }).replace(/\.0$/, "");
  };
  const imText = part(im, skipRe ? spec.sign : "+") + "j";
  const body = skipRe ? imText : part(re, spec.sign) + imText;
  return pad("", spec.type === "" && !skipRe ? `(${body})` : body, spec, ">");
}
