// fnmatch.translate for glob patterns: *, ?, [seq] and [!seq], matched against whole names
// (case-sensitive, as fnmatchcase and pathlib on POSIX).

const cache = new Map<string, RegExp>();

function escape(s: string): string {
  return s.replace(/[\\^$.*+?()[\]{}|/]/g, "\\$&");
}

function escapeInClass(s: string): string {
  return s.replace(/[\\^\]\[-]/g, "\\$&");
}

export function fnmatchRegex(pattern: string): RegExp {
  const hit = cache.get(pattern);
  if (hit) return hit;
  let re = "";
  const chars = [...pattern];
  let i = 0;
  while (i < chars.length) {
    const c = chars[i++]!;
    if (c === "*") {
      re += "[^]*";
      while (chars[i] === "*") i++;
    } else if (c === "?") re += "[^]";
    else if (c === "[") {
      let j = i;
      if (chars[j] === "!") j++;
      if (chars[j] === "]") j++;
      while (j < chars.length && chars[j] !== "]") j++;
      if (j >= chars.length) re += "\\[";
      else {
        let body = chars.slice(i, j);
        i = j + 1;
        const negate = body[0] === "!";
        if (negate) body = body.slice(1);
        let cls = "";
        for (let k = 0; k < body.length; k++) {
          if (body[k + 1] === "-" && k + 2 < body.length) {
            const lo = body[k]!;
            const hi = body[k + 2]!;
            if (lo <= hi) cls += `${escapeInClass(lo)}-${escapeInClass(hi)}`;
            k += 2;
          } else cls += escapeInClass(body[k]!);
        }
        if (cls === "") re += negate ? "[^]" : "(?!)";
        else re += negate ? `[^${cls}]` : `[${cls}]`;
      }
    } else re += escape(c);
  }
  const compiled = new RegExp(`^(?:${re})$`, "u");
  cache.set(pattern, compiled);
  return compiled;
}
