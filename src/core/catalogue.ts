/**
 * The closed catalogue of problem codes. Every `Problem` the product reports has one of these
 * codes; each entry says its HTTP status and renders its sentence from typed parameters, in every
 * locale, for every surface (CLI, API, web). Adding a code means adding an entry here (the type
 * checker refuses unknown codes in `fail` and `problem`); a test checks every entry renders in
 * every locale. Entries are grouped by area in `messages/`. Browser-safe.
 */
import { common } from './messages/common.ts';
import { robustness } from './messages/robustness.ts';
import type { MessageSpec } from './messages/define.ts';

export const CATALOGUE = {
  ...common,
  ...robustness,
} as const;

export type ErrorCode = keyof typeof CATALOGUE;

/** The parameters an entry's sentence is rendered from. */
export type ParamsOf<C extends ErrorCode> = (typeof CATALOGUE)[C] extends MessageSpec<infer P> ? P : never;

export function isErrorCode(code: string): code is ErrorCode {
  return Object.prototype.hasOwnProperty.call(CATALOGUE, code);
}

export type { Locale, Surface } from './messages/define.ts';
export { LOCALES } from './messages/define.ts';
