/**
 * The closed catalogue of problem codes. Every `Problem` the product reports has one of these
 * codes; each entry says its HTTP status and renders its sentence from typed parameters, in every
 * locale, for every surface (CLI, API, web). Adding a code means adding an entry here (the type
 * checker refuses unknown codes in `fail` and `problem`); a test checks every entry renders in
 * every locale. Entries are grouped by area in `messages/`. Browser-safe.
 */
import { cli } from './messages/cli.ts';
import { common } from './messages/common.ts';
import { analysis } from './messages/analysis.ts';
import { cooperation } from './messages/cooperation.ts';
import { framework } from './messages/framework.ts';
import { genius } from './messages/genius.ts';
import { http } from './messages/http.ts';
import { input } from './messages/input.ts';
import { interop } from './messages/interop.ts';
import { jobs } from './messages/jobs.ts';
import { limits } from './messages/limits.ts';
import { mediation } from './messages/mediation.ts';
import { negotiation } from './messages/negotiation.ts';
import { report } from './messages/report.ts';
import { scenario } from './messages/scenario.ts';
import { store } from './messages/store.ts';
import { translation } from './messages/translation.ts';
import { web } from './messages/web.ts';
import { inputLimits } from './messages/input-limits.ts';
import { robustness } from './messages/robustness.ts';
import type { MessageSpec } from './messages/define.ts';

export const CATALOGUE = {
  ...common,
  ...input,
  ...scenario,
  ...analysis,
  ...negotiation,
  ...cooperation,
  ...genius,
  ...interop,
  ...framework,
  ...store,
  ...translation,
  ...jobs,
  ...report,
  ...limits,
  ...mediation,
  ...http,
  ...cli,
  ...web,
  ...inputLimits,
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
