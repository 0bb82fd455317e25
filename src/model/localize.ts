/**
 * Scenarios in the reader's language: the `translations` block of a scenario file applied to its
 * human-readable fields (see `src/core/translations.ts` for the block's shape). Only texts change;
 * ids, numbers and structure do not, so every analysis of a localized scenario gives the same
 * results. Browser-safe.
 */
import {
  localize,
  translationProblems,
  untranslated,
  type ContentLang,
  type Problem,
  type TextField,
  type TextRules,
} from '../core/index.ts';
import type { Scenario } from './scenario.ts';

/** The human-readable fields of a scenario. Source titles cite English documents and stay as written. */
export const SCENARIO_TEXT: TextRules = {
  text: ['name', 'label', 'description', 'rationale', 'statusQuoRationale', 'reservationRationale'],
  quote: ['quote', 'statusQuoQuote'],
  skip: ['sources', '$schema'],
};

/** The scenario with its texts in `lang`; English, or a language it has no translations for, gives it as written. */
export function localizeScenario(s: Scenario, lang: string): Scenario {
  return localize(s, SCENARIO_TEXT, lang);
}

/** Fields with no translation into `lang` (shown in English): warnings, not errors. */
export function untranslatedScenarioFields(s: Scenario, lang: ContentLang = 'es'): TextField[] {
  return untranslated(s, SCENARIO_TEXT, lang);
}

/** Problems of the scenario's `translations` block (keys naming no id or field). */
export function scenarioTranslationProblems(s: Scenario): Problem[] {
  return translationProblems(s, SCENARIO_TEXT);
}
