// IR statements → TypeScript compiler nodes.

import { ts } from "ts-morph";
import type { ClassMember, TsStmt } from "../lower/ir.js";
import { pythonLines } from "../lower/ir.js";
import { assertNever } from "../ast/nodes.js";
import { emitExpr, emitParam, emitType } from "./expressions.js";

const f = ts.factory;

export function emitBlock(body: readonly TsStmt[]): ts.Block {
  return f.createBlock(body.map((stmt) => emitStmt(stmt)), true);
}

function declarationList(kind: "let" | "const", name: ts.BindingName, type?: ts.TypeNode, init?: ts.Expression) {
  return f.createVariableDeclarationList(
    [f.createVariableDeclaration(name, undefined, type, init)],
    kind === "const" ? ts.NodeFlags.Const : ts.NodeFlags.Let,
  );
}

function bindingName(target: string | import("../lower/ir.js").TsExpr): ts.BindingName {
  if (typeof target === "string") return f.createIdentifier(target);
  if (target.kind === "ArrayPattern") {
    return f.createArrayBindingPattern(
      target.elements.map((element) =>
        element === null
          ? f.createOmittedExpression()
          : f.createBindingElement(undefined, undefined, bindingName(element.kind === "Id" ? element.name : element)),
      ),
    );
  }
  if (target.kind === "Id") return f.createIdentifier(target.name);
  throw new Error(`internal error: cannot declare ${target.kind}`);
}

function labelled(label: string | undefined, stmt: ts.Statement): ts.Statement {
  return label ? f.createLabeledStatement(label, stmt) : stmt;
}

function withDoc<T extends ts.Node>(node: T, doc: string | undefined): T {
  if (!doc) return node;
  const lines = doc.split("\n");
  const text = lines.length === 1 ? `* ${lines[0]} ` : `*\n${lines.map((line) => ` * ${line}`.trimEnd()).join("\n")}\n `;
  return ts.addSyntheticLeadingComment(node, ts.SyntaxKind.MultiLineCommentTrivia, text, true);
}

function emitMember(member: ClassMember): ts.ClassElement {
  if (member.kind === "StaticBlock") return f.createClassStaticBlockDeclaration(emitBlock(member.body));
  const modifiers: ts.ModifierLike[] = [];
  if (member.static) modifiers.push(f.createModifier(ts.SyntaxKind.StaticKeyword));
  if (member.kind === "Field") {
    if (member.declare) modifiers.push(f.createModifier(ts.SyntaxKind.DeclareKeyword));
    return f.createPropertyDeclaration(modifiers, member.name, undefined, member.type ? emitType(member.type) : undefined, member.init ? emitExpr(member.init) : undefined);
  }
  const params = member.params.map(emitParam);
  const body = emitBlock(member.body);
  const returnType = member.returnType ? emitType(member.returnType) : undefined;
  if (member.accessor === "get") return withDoc(f.createGetAccessorDeclaration(modifiers, member.name, params, returnType, body), member.doc);
  if (member.accessor === "set") return f.createSetAccessorDeclaration(modifiers, member.name, params, body);
  if (member.async) modifiers.push(f.createModifier(ts.SyntaxKind.AsyncKeyword));
  return withDoc(
    f.createMethodDeclaration(
      modifiers,
      member.generator ? f.createToken(ts.SyntaxKind.AsteriskToken) : undefined,
      member.name,
      undefined,
      undefined,
      params,
      returnType,
      body,
    ),
    member.doc,
  );
}

// A statement, marked with the Python line it came from: a comment `@py12` on the line before
// it, so prettier lays the statement out as if the mark were not there; format/lines.ts reads
// the marks and removes them.
// An `else if` keeps its mark on its own line (`else /*@py4*/ if`), where a line break would
// split the chain.
export function emitStmt(stmt: TsStmt, options: { readonly inline?: boolean } = {}): ts.Statement {
  const node = emitStatement(stmt);
  const line = pythonLines.get(stmt);
  return line === undefined ? node : ts.addSyntheticLeadingComment(node, ts.SyntaxKind.MultiLineCommentTrivia, `@py${line}`, options.inline !== true);
}

function emitStatement(stmt: TsStmt): ts.Statement {
  switch (stmt.kind) {
    case "ExprStmt":
      return f.createExpressionStatement(emitExpr(stmt.expr));
    case "VarDecl":
      return f.createVariableStatement(
        stmt.exported ? [f.createModifier(ts.SyntaxKind.ExportKeyword)] : undefined,
        declarationList(
          stmt.declKind,
          bindingName(stmt.target),
          stmt.type ? emitType(stmt.type) : undefined,
          stmt.init ? emitExpr(stmt.init) : undefined,
        ),
      );
    case "If":
      return f.createIfStatement(
        emitExpr(stmt.test),
        emitBlock(stmt.then),
        stmt.else === undefined || stmt.else.length === 0
          ? undefined
          : stmt.else.length === 1 && stmt.else[0]!.kind === "If"
            ? emitStmt(stmt.else[0]!, { inline: true })
            : emitBlock(stmt.else),
      );
    case "While":
      return labelled(stmt.label, f.createWhileStatement(emitExpr(stmt.test), emitBlock(stmt.body)));
    case "For": {
      let init: ts.ForInitializer | undefined;
      if (stmt.init?.kind === "VarDecl") {
        init = declarationList(
          stmt.init.declKind,
          bindingName(stmt.init.target),
          undefined,
          stmt.init.init ? emitExpr(stmt.init.init) : undefined,
        );
      } else if (stmt.init?.kind === "ExprStmt") {
        init = emitExpr(stmt.init.expr);
      }
      return labelled(
        stmt.label,
        f.createForStatement(
          init,
          stmt.test ? emitExpr(stmt.test) : undefined,
          stmt.update ? emitExpr(stmt.update) : undefined,
          emitBlock(stmt.body),
        ),
      );
    }
    case "ForOf": {
      const initializer: ts.ForInitializer = stmt.declKind
        ? declarationList(stmt.declKind, bindingName(stmt.target))
        : emitExpr(typeof stmt.target === "string" ? { kind: "Id", name: stmt.target } : stmt.target);
      return labelled(
        stmt.label,
        f.createForOfStatement(stmt.await ? f.createToken(ts.SyntaxKind.AwaitKeyword) : undefined, initializer, emitExpr(stmt.iterable), emitBlock(stmt.body)),
      );
    }
    case "Return":
      return f.createReturnStatement(stmt.value ? emitExpr(stmt.value) : undefined);
    case "Break":
      return f.createBreakStatement(stmt.label);
    case "Continue":
      return f.createContinueStatement(stmt.label);
    case "Throw":
      return f.createThrowStatement(emitExpr(stmt.value));
    case "Try":
      return f.createTryStatement(
        emitBlock(stmt.body),
        stmt.handler
          ? f.createCatchClause(
              f.createVariableDeclaration(stmt.handler.name, undefined, f.createKeywordTypeNode(ts.SyntaxKind.UnknownKeyword)),
              emitBlock(stmt.handler.body),
            )
          : undefined,
        stmt.finalizer ? emitBlock(stmt.finalizer) : undefined,
      );
    case "Block":
      return emitBlock(stmt.body);
    case "Labeled":
      return f.createLabeledStatement(stmt.label, emitBlock(stmt.body));
    case "Function": {
      const modifiers: ts.ModifierLike[] = [];
      if (stmt.exported) modifiers.push(f.createModifier(ts.SyntaxKind.ExportKeyword));
      if (stmt.async) modifiers.push(f.createModifier(ts.SyntaxKind.AsyncKeyword));
      return withDoc(
        f.createFunctionDeclaration(
          modifiers,
          stmt.generator ? f.createToken(ts.SyntaxKind.AsteriskToken) : undefined,
          stmt.name,
          undefined,
          stmt.params.map(emitParam),
          stmt.returnType ? emitType(stmt.returnType) : undefined,
          emitBlock(stmt.body),
        ),
        stmt.doc,
      );
    }
    case "Class":
      return withDoc(
        f.createClassDeclaration(
          stmt.exported ? [f.createModifier(ts.SyntaxKind.ExportKeyword)] : undefined,
          stmt.name,
          undefined,
          stmt.extends
            ? [f.createHeritageClause(ts.SyntaxKind.ExtendsKeyword, [f.createExpressionWithTypeArguments(emitExpr(stmt.extends), undefined)])]
            : undefined,
          stmt.members.map(emitMember),
        ),
        stmt.doc,
      );
    case "Comment":
      return ts.addSyntheticLeadingComment(
        f.createNotEmittedStatement(f.createEmptyStatement()),
        ts.SyntaxKind.SingleLineCommentTrivia,
        ` ${stmt.text}`,
        true,
      );
    default:
      return assertNever(stmt, "IR statement");
  }
}
