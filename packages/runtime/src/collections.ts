// collections: Counter, defaultdict, deque, namedtuple, OrderedDict, ChainMap (see ./collections/).
export { Counter } from "./collections/counter.js";
export { defaultdict, OrderedDict, ChainMap } from "./collections/dicts.js";
export { deque } from "./collections/deque.js";
export { namedtuple, type NamedTupleClass } from "./collections/namedtuple.js";
