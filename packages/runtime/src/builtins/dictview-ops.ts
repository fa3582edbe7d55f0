// Set operators of dict_keys and dict_items views, as Objects/dictobject.c (3.11) builds them:
// the result set is made from the left operand and then updated from the right one, so its
// table is laid out (and iterates) as CPython's. Either operand may be the view: Python calls
// the view's reflected operator when a set or other iterable is on the left.
import { DictItems, DictKeys, PyDict } from "./dict.js";
import { PySet } from "./set.js";
import { iter } from "./iteration.js";

type SetLikeView = DictKeys<unknown> | DictItems<unknown, unknown>;

export function isSetLikeView(x: unknown): x is SetLikeView {
  return x instanceof DictKeys || x instanceof DictItems;
}

// dictviews_to_set: a keys view of a plain dict is built from the dict itself (presized).
function toSet(x: unknown): PySet {
  if (x instanceof DictKeys && x.dict.constructor === PyDict) return new PySet(x.dict);
  return new PySet(x as Iterable<unknown>);
}

// dictviews_or: set(left), then update it with right.
export function viewOr(left: unknown, right: unknown): PySet {
  const result = toSet(left);
  result.update(right);
  return result;
}

// dictviews_sub: set(left).difference_update(right).
export function viewSub(left: unknown, right: unknown): PySet {
  const result = toSet(left);
  result.difference_update(right);
  return result;
}

// dictviews_xor: set(left).symmetric_difference_update(right).
export function viewXor(left: unknown, right: unknown): PySet {
  const result = toSet(left);
  result.symmetric_difference_update(right);
  return result;
}

// _PyDictView_Intersect: a set at least as big as the view does the work itself; otherwise
// the smaller operand is walked and its members kept when the (bigger) view contains them.
export function viewAnd(left: unknown, right: unknown): unknown {
  let [view, other] = isSetLikeView(left) ? [left, right] : [right as SetLikeView, left];
  if (other instanceof PySet && other.constructor === PySet && view.size <= other.size) return other.intersection(view);
  if (isSetLikeView(other) && other.size > view.size) [view, other] = [other, view];
  const result = new PySet();
  for (const key of iter(other)) if (view.__contains__(key)) result.add(key);
  return result;
}

// A dict_keys/dict_items view on the left always handles the operator; on the right, unless
// the left operand's own method does (a set or list on the left has none).
export function isViewOperation(a: unknown, b: unknown, name: string): boolean {
  if (isSetLikeView(a)) return true;
  return isSetLikeView(b) && typeof (a as Record<string, unknown> | null)?.[`__${name}__`] !== "function";
}

export const viewOperators = { or: viewOr, and: viewAnd, sub: viewSub, xor: viewXor } as const;
