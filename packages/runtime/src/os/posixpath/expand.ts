// os.path.expanduser / expandvars as posixpath does them: $HOME or the passwd entry for "~",
// /etc/passwd for "~user"; unknown names leave the text unchanged.
import { readFileSync } from "node:fs";
import { userInfo } from "node:os";
import { PyBytes } from "../../builtins/bytes.js";
import { fspath } from "../../io/errors.js";

function passwdHome(user: string): string | undefined {
  try {
    for (const line of readFileSync("/etc/passwd", "utf8").split("\n")) {
      const f = line.split(":");
      if (f[0] === user && f.length >= 7) return f[5];
    }
  } catch {
    return undefined;
  }
  return undefined;
}

function asText(p: unknown): [string, boolean] {
  const v = fspath(p);
  return v instanceof PyBytes ? [Buffer.from(v.bytes).toString("latin1"), true] : [v as string, false];
}

export function expanduser(path: unknown): string | PyBytes {
  const [p, bytes] = asText(path);
  const back = (s: string): string | PyBytes => (bytes ? PyBytes.fromLatin1(s) : s);
  if (!p.startsWith("~")) return back(p);
  let i = p.indexOf("/", 1);
  if (i < 0) i = p.length;
  let home: string | undefined;
  if (i === 1) {
    home = process.env.HOME;
    if (home === undefined) {
      try {
        home = userInfo().homedir;
      } catch {
        return back(p);
      }
    }
  } else {
    home = passwdHome(p.slice(1, i));
    if (home === undefined) return back(p);
  }
  if (bytes) home = Buffer.from(home, "utf8").toString("latin1");
  return back(home.replace(/\/+$/, "") + p.slice(i) || "/");
}

export function expandvars(path: unknown): string | PyBytes {
  const [p, bytes] = asText(path);
  const back = (s: string): string | PyBytes => (bytes ? PyBytes.fromLatin1(s) : s);
  if (!p.includes("$")) return back(p);
  const re = /\$([A-Za-z0-9_]+|\{[^}]*\})/g;
  let result = p;
  let i = 0;
  for (;;) {
    re.lastIndex = i;
    const m = re.exec(result);
    if (!m) break;
    let name = m[1]!;
    if (name.startsWith("{") && name.endsWith("}")) name = name.slice(1, -1);
    const value = process.env[name];
    if (value === undefined) {
      i = m.index + m[0].length;
      continue;
    }
    const tail = result.slice(m.index + m[0].length);
    result = result.slice(0, m.index) + (bytes ? Buffer.from(value, "utf8").toString("latin1") : value);
    i = result.length;
    result += tail;
  }
  return back(result);
}
