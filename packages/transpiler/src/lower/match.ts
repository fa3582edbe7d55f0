// match subject: case P if g: body … →
//   const subject = …;  match: { if (P(subject) && g) { body; break match; } … }
// Each pattern becomes one boolean expression that assigns its captures as it goes (CPython
// binds them before the guard runs, too); the runtime's matchSequence / matchMapping /
// matchClass apply CPython's rules for which subjects a pattern accepts.

import type { Match, Pattern } from "../ast/nodes.js";
import { assertNever } from "../ast/nodes.js";
import type { LowerContext } from "./context.js";
import type { TsExpr, TsStmt } from "./ir.js";
import { lowerCondition, lowerExpr } from "./expressions.js";
import { lowerBody } from "./statements.js";

const TRUE: TsExpr = { kind: "Bool", value: true };

function and(parts: TsExpr[]): TsExpr {
  const useful = parts.filter((part) => !(part.kind === "Bool" && part.value));
  if (useful.length === 0) return TRUE;
  return useful.reduce((left, right) => ({ kind: "Binary", op: "&&", left, right }));
}

/** `(name = value, true)`: a capture inside a condition. */
function capture(ctx: LowerContext, name: string, value: TsExpr): TsExpr {
  return { kind: "Comma", exprs: [{ kind: "Assign", op: "=", target: { kind: "Id", name: ctx.names.user(name) }, value }, TRUE] };
}

function index(array: TsExpr, at: TsExpr): TsExpr {
  return { kind: "Index", object: array, index: at };
}

function lowerPattern(ctx: LowerContext, pattern: Pattern, subject: TsExpr): TsExpr {
  switch (pattern.kind) {
    case "MatchAs": {
      const inner = pattern.pattern ? lowerPattern(ctx, pattern.pattern, subject) : TRUE;
      return pattern.name ? and([inner, capture(ctx, pattern.name, subject)]) : inner;
    }
    case "MatchValue":
      return ctx.callHelper("eq", subject, lowerExpr(ctx, pattern.value));
    case "MatchSingleton": {
      const value = pattern.value;
      const literal: TsExpr = value.type === "bool" ? { kind: "Bool", value: value.value } : { kind: "Null" };
      return { kind: "Binary", op: value.type === "None" ? "==" : "===", left: subject, right: literal };
    }
    case "MatchOr":
      return pattern.patterns.map((alternative) => lowerPattern(ctx, alternative, subject)).reduce((left, right) => ({ kind: "Binary", op: "||", left, right }));
    case "MatchSequence": {
      const star = pattern.patterns.findIndex((item) => item.kind === "MatchStar");
      const fixed = pattern.patterns.length - (star >= 0 ? 1 : 0);
      const items = ctx.temp("items");
      const test: TsExpr = {
        kind: "Binary",
        op: "!==",
        left: { kind: "Assign", op: "=", target: items, value: ctx.callHelper("matchSequence", subject, { kind: "Num", value: fixed }, { kind: "Bool", value: star >= 0 }) },
        right: { kind: "Null" },
      };
      const after = star >= 0 ? pattern.patterns.length - star - 1 : 0;
      const length: TsExpr = { kind: "Member", object: items, name: "length" };
      const parts = pattern.patterns.map((item, position): TsExpr => {
        if (item.kind === "MatchStar") {
          if (!item.name) return TRUE;
          const end: TsExpr = { kind: "Binary", op: "-", left: length, right: { kind: "Num", value: after } };
          return capture(ctx, item.name, { kind: "Call", callee: { kind: "Member", object: items, name: "slice" }, args: [{ kind: "Num", value: star }, end] });
        }
        const at: TsExpr = star >= 0 && position > star ? { kind: "Binary", op: "-", left: length, right: { kind: "Num", value: pattern.patterns.length - position } } : { kind: "Num", value: position };
        return lowerPattern(ctx, item, index(items, at));
      });
      return and([test, ...parts]);
    }
    case "MatchMapping": {
      const values = ctx.temp("values");
      const keys: TsExpr = { kind: "ArrayLit", elements: pattern.keys.map((key) => lowerExpr(ctx, key)) };
      const test: TsExpr = { kind: "Binary", op: "!==", left: { kind: "Assign", op: "=", target: values, value: ctx.callHelper("matchMapping", subject, keys) }, right: { kind: "Null" } };
      const parts = pattern.patterns.map((item, position) => lowerPattern(ctx, item, index(values, { kind: "Num", value: position })));
      if (pattern.rest) parts.push(capture(ctx, pattern.rest, ctx.callHelper("matchRest", subject, keys)));
      return and([test, ...parts]);
    }
    case "MatchClass": {
      const attributes = ctx.temp("attributes");
      const names: TsExpr = { kind: "ArrayLit", elements: pattern.kwdAttrs.map((name): TsExpr => ({ kind: "Str", value: name })) };
      const found = ctx.callHelper("matchClass", subject, lowerExpr(ctx, pattern.cls), { kind: "Num", value: pattern.patterns.length }, names);
      const test: TsExpr = { kind: "Binary", op: "!==", left: { kind: "Assign", op: "=", target: attributes, value: found }, right: { kind: "Null" } };
      const all = [...pattern.patterns, ...pattern.kwdPatterns];
      return and([test, ...all.map((item, position) => lowerPattern(ctx, item, index(attributes, { kind: "Num", value: position })))]);
    }
    case "MatchStar":
      return ctx.unsupported(pattern, "a star pattern outside a sequence pattern");
    default:
      return assertNever(pattern, "pattern");
  }
}

export function lowerMatch(ctx: LowerContext, stmt: Match): TsStmt[] {
  const subject = ctx.names.fresh("subject");
  const subjectId: TsExpr = { kind: "Id", name: subject };
  const label = ctx.names.fresh("match");
  const cases: TsStmt[] = stmt.cases.map((clause) => {
    const test = lowerPattern(ctx, clause.pattern, subjectId);
    const guarded = clause.guard ? and([test, lowerCondition(ctx, clause.guard)]) : test;
    // `break match` leaves the labelled block, so only the first matching case runs; a plain
    // `break` in a body still reaches the enclosing loop.
    return { kind: "If", test: guarded, then: [...lowerBody(ctx, clause.body), { kind: "Break", label }] };
  });
  return [{ kind: "VarDecl", declKind: "const", target: subject, init: lowerExpr(ctx, stmt.subject) }, { kind: "Labeled", label, body: cases }];
}
