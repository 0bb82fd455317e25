/** Acceptance conditions (Baarslag et al.) and their spec parser. */
export * from './conditions.ts';
export { parseAcceptance } from './parse.ts';
