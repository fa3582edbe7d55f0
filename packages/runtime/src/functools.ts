// functools: partial, reduce, lru_cache/cache, wraps/update_wrapper, cmp_to_key, total_ordering.
export { partial, reduce, type Partial } from "./functools/partial.js";
export { lru_cache, cache, wraps, update_wrapper, cmp_to_key, total_ordering } from "./functools/cache.js";
