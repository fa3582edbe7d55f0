// itertools: lazy JS generators that generated code iterates with for…of (see ./itertools/).
export { count, cycle, repeat, chain, islice, takewhile, dropwhile, filterfalse, compress, starmap, accumulate, pairwise, zip_longest } from "./itertools/infinite.js";
export { product, permutations, combinations, combinations_with_replacement, groupby, tee } from "./itertools/combinatorics.js";
