/** Outcome-space search over one party's utility: decomposition, meet-in-the-middle, branch and bound. */
export { BidSearch, bidSearchFor, EPS, type Found, type Objective, type SearchOptions } from './search.ts';
export { decompose, MERGE_CAP, type Component, type Decomposition, type Term } from './decompose.ts';
export { MITM_HALF_CAP } from './mitm.ts';
export { DEFAULT_NODE_BUDGET } from './bnb.ts';
export type { Goal } from './engine.ts';
