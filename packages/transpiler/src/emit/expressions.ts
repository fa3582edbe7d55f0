// IR expressions and types → TypeScript compiler nodes, built with ts.factory (never by
// concatenating strings). The printer in emit.ts turns them into text.

import { ts } from "ts-morph";
import type { BinaryOp, Param, TsExpr, TsType } from "../lower/ir.js";
import { assertNever } from "../ast/nodes.js";
import { emitBlock } from "./statements.js";

const f = ts.factory;

const binaryTokens: Record<BinaryOp, ts.BinaryOperator> = {
  "===": ts.SyntaxKind.EqualsEqualsEqualsToken,
  "!==": ts.SyntaxKind.ExclamationEqualsEqualsToken,
  "==": ts.SyntaxKind.EqualsEqualsToken,
  "!=": ts.SyntaxKind.ExclamationEqualsToken,
  "<": ts.SyntaxKind.LessThanToken,
  "<=": ts.SyntaxKind.LessThanEqualsToken,
  ">": ts.SyntaxKind.GreaterThanToken,
  ">=": ts.SyntaxKind.GreaterThanEqualsToken,
  "&&": ts.SyntaxKind.AmpersandAmpersandToken,
  "||": ts.SyntaxKind.BarBarToken,
  "??": ts.SyntaxKind.QuestionQuestionToken,
  "+": ts.SyntaxKind.PlusToken,
  "-": ts.SyntaxKind.MinusToken,
  "*": ts.SyntaxKind.AsteriskToken,
  "/": ts.SyntaxKind.SlashToken,
  "%": ts.SyntaxKind.PercentToken,
  instanceof: ts.SyntaxKind.InstanceOfKeyword,
};

export function emitType(type: TsType): ts.TypeNode {
  switch (type.kind) {
    case "TypeRef":
      if (type.name === "void") return f.createKeywordTypeNode(ts.SyntaxKind.VoidKeyword);
      if (type.name === "any") return f.createKeywordTypeNode(ts.SyntaxKind.AnyKeyword);
      if (type.name === "unknown") return f.createKeywordTypeNode(ts.SyntaxKind.UnknownKeyword);
      if (type.name === "string") return f.createKeywordTypeNode(ts.SyntaxKind.StringKeyword);
      if (type.name === "number") return f.createKeywordTypeNode(ts.SyntaxKind.NumberKeyword);
      if (type.name === "boolean") return f.createKeywordTypeNode(ts.SyntaxKind.BooleanKeyword);
      if (type.name === "null") return f.createLiteralTypeNode(f.createNull());
      return f.createTypeReferenceNode(type.name, type.args?.map(emitType));
    case "UnionType":
      return f.createUnionTypeNode(type.types.map(emitType));
    case "ArrayType":
      return f.createArrayTypeNode(emitType(type.element));
    default:
      return assertNever(type, "type");
  }
}

export function emitParam(param: Param): ts.ParameterDeclaration {
  return f.createParameterDeclaration(
    undefined,
    param.rest ? f.createToken(ts.SyntaxKind.DotDotDotToken) : undefined,
    param.name,
    param.optional && !param.init ? f.createToken(ts.SyntaxKind.QuestionToken) : undefined,
    param.type ? emitType(param.type) : undefined,
    param.init ? emitExpr(param.init) : undefined,
  );
}

/** Wraps an operand in parentheses; the printer does not add them for factory-built trees. */
function paren(expr: TsExpr): ts.Expression {
  const node = emitExpr(expr);
  switch (expr.kind) {
    case "Binary":
    case "Cond":
    case "Assign":
    case "Arrow":
    case "Comma":
    case "Await":
    case "Yield":
    case "FunctionExpr":
    case "Unary":
      return f.createParenthesizedExpression(node);
    default:
      return node;
  }
}

function emitTemplate(head: string, spans: readonly { readonly expr: TsExpr; readonly text: string }[]): ts.Expression {
  if (spans.length === 0) return f.createNoSubstitutionTemplateLiteral(head);
  return f.createTemplateExpression(
    f.createTemplateHead(head),
    spans.map((span, index) =>
      f.createTemplateSpan(
        emitExpr(span.expr),
        index === spans.length - 1 ? f.createTemplateTail(span.text) : f.createTemplateMiddle(span.text),
      ),
    ),
  );
}

export function emitExpr(expr: TsExpr): ts.Expression {
  switch (expr.kind) {
    case "Id":
      return f.createIdentifier(expr.name);
    case "Num":
      return expr.value < 0 || Object.is(expr.value, -0)
        ? f.createPrefixUnaryExpression(ts.SyntaxKind.MinusToken, f.createNumericLiteral(-expr.value))
        : f.createNumericLiteral(expr.value);
    case "BigInt":
      return expr.value < 0n
        ? f.createPrefixUnaryExpression(ts.SyntaxKind.MinusToken, f.createBigIntLiteral(`${-expr.value}n`))
        : f.createBigIntLiteral(`${expr.value}n`);
    case "Str":
      return f.createStringLiteral(expr.value);
    case "Bool":
      return expr.value ? f.createTrue() : f.createFalse();
    case "Null":
      return f.createNull();
    case "Undefined":
      return f.createIdentifier("undefined");
    case "Template":
      return emitTemplate(expr.head, expr.spans);
    case "ArrayLit":
      return f.createArrayLiteralExpression(expr.elements.map(emitExpr), false);
    case "ObjectLit":
      return f.createObjectLiteralExpression(
        expr.props.map((prop) =>
          prop.value.kind === "Id" && prop.value.name === prop.key
            ? f.createShorthandPropertyAssignment(prop.key)
            : f.createPropertyAssignment(
                /^[A-Za-z_$][\w$]*$/.test(prop.key) ? f.createIdentifier(prop.key) : f.createStringLiteral(prop.key),
                emitExpr(prop.value),
              ),
        ),
        false,
      );
    case "Call":
      return f.createCallExpression(paren(expr.callee), undefined, expr.args.map(emitExpr));
    case "New":
      return f.createNewExpression(paren(expr.callee), undefined, expr.args.map(emitExpr));
    case "Member":
      return f.createPropertyAccessExpression(paren(expr.object), expr.name);
    case "Index":
      return f.createElementAccessExpression(paren(expr.object), emitExpr(expr.index));
    case "Binary":
      return f.createBinaryExpression(paren(expr.left), binaryTokens[expr.op], paren(expr.right));
    case "Unary":
      if (expr.op === "typeof") return f.createTypeOfExpression(paren(expr.operand));
      return f.createPrefixUnaryExpression(
        {
          "!": ts.SyntaxKind.ExclamationToken,
          "-": ts.SyntaxKind.MinusToken,
          "+": ts.SyntaxKind.PlusToken,
          "~": ts.SyntaxKind.TildeToken,
        }[expr.op] as ts.PrefixUnaryOperator,
        paren(expr.operand),
      );
    case "Update":
      return f.createPostfixUnaryExpression(
        emitExpr(expr.operand),
        expr.op === "++" ? ts.SyntaxKind.PlusPlusToken : ts.SyntaxKind.MinusMinusToken,
      );
    case "Assign":
      return f.createBinaryExpression(
        emitExpr(expr.target),
        {
          "=": ts.SyntaxKind.EqualsToken,
          "+=": ts.SyntaxKind.PlusEqualsToken,
          "-=": ts.SyntaxKind.MinusEqualsToken,
        }[expr.op] as ts.AssignmentOperator,
        emitExpr(expr.value),
      );
    case "Cond":
      return f.createConditionalExpression(
        paren(expr.test),
        f.createToken(ts.SyntaxKind.QuestionToken),
        paren(expr.then),
        f.createToken(ts.SyntaxKind.ColonToken),
        paren(expr.else),
      );
    case "Arrow": {
      const body = Array.isArray(expr.body)
        ? emitBlock(expr.body as readonly import("../lower/ir.js").TsStmt[])
        : (expr.body as TsExpr).kind === "ObjectLit"
          ? f.createParenthesizedExpression(emitExpr(expr.body as TsExpr))
          : emitExpr(expr.body as TsExpr);
      return f.createArrowFunction(
        expr.async ? [f.createModifier(ts.SyntaxKind.AsyncKeyword)] : undefined,
        undefined,
        expr.params.map(emitParam),
        undefined,
        f.createToken(ts.SyntaxKind.EqualsGreaterThanToken),
        body,
      );
    }
    case "FunctionExpr":
      return f.createFunctionExpression(
        expr.async ? [f.createModifier(ts.SyntaxKind.AsyncKeyword)] : undefined,
        expr.generator ? f.createToken(ts.SyntaxKind.AsteriskToken) : undefined,
        expr.name,
        undefined,
        expr.params.map(emitParam),
        expr.returnType ? emitType(expr.returnType) : undefined,
        emitBlock(expr.body),
      );
    case "Yield":
      if (expr.delegate && expr.value) return f.createYieldExpression(f.createToken(ts.SyntaxKind.AsteriskToken), paren(expr.value));
      return f.createYieldExpression(undefined, expr.value ? paren(expr.value) : undefined);
    case "Await":
      return f.createAwaitExpression(paren(expr.value));
    case "Spread":
      return f.createSpreadElement(emitExpr(expr.value)) as unknown as ts.Expression;
    case "ArrayPattern":
      return f.createArrayLiteralExpression(
        expr.elements.map((element) => (element === null ? f.createOmittedExpression() : emitExpr(element))),
      );
    case "Comma":
      return f.createParenthesizedExpression(f.createCommaListExpression(expr.exprs.map(emitExpr)));
    case "ImportMeta":
      return f.createMetaProperty(ts.SyntaxKind.ImportKeyword, f.createIdentifier("meta"));
    default:
      return assertNever(expr, "IR expression");
  }
}
