// Small helpers over web-tree-sitter nodes. Spans: web-tree-sitter parses a JS string, so its
// startIndex/endIndex are UTF-16 offsets already, the unit our spans use.

import type { Node as CstNode, TreeCursor } from "web-tree-sitter";
import type { Span } from "../ast/nodes.js";

export type { CstNode, TreeCursor };

export function spanOf(node: CstNode): Span {
  return { start: node.startIndex, end: node.endIndex };
}

/** Named children that are part of the grammar (not comments or line continuations). */
export function namedKids(node: CstNode): CstNode[] {
  const out: CstNode[] = [];
  for (let i = 0; i < node.childCount; i++) {
    const child = node.child(i);
    if (child && child.isNamed && !child.isExtra) out.push(child);
  }
  return out;
}

/** Every child, anonymous tokens included, except extras. */
export function allKids(node: CstNode): CstNode[] {
  const out: CstNode[] = [];
  for (let i = 0; i < node.childCount; i++) {
    const child = node.child(i);
    if (child && !child.isExtra) out.push(child);
  }
  return out;
}

/** Whether `node` has a direct anonymous token child with this text (`async`, `*`, `from`, `,`). */
export function hasToken(node: CstNode, token: string): boolean {
  for (let i = 0; i < node.childCount; i++) {
    const child = node.child(i);
    if (child && !child.isNamed && child.type === token && !child.isMissing) return true;
  }
  return false;
}

export function field(node: CstNode, name: string): CstNode | null {
  return node.childForFieldName(name);
}

export function fields(node: CstNode, name: string): CstNode[] {
  return node.childrenForFieldName(name).filter((n): n is CstNode => n !== null && !n.isExtra);
}

/** Walks with a TreeCursor that is always deleted. A cursor left to web-tree-sitter's
 *  finalizer is freed after its tree, through a stale transfer buffer: that corrupted the wasm
 *  heap ("memory access out of bounds" in later parses, or trees read as another source). */
export function withCursor<T>(root: CstNode, walk: (cursor: TreeCursor) => T): T {
  const cursor = root.walk();
  try {
    return walk(cursor);
  } finally {
    cursor.delete();
  }
}
