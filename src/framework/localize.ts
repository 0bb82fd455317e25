/**
 * Frameworks in the reader's language: the file's `translations` block (shape in
 * `src/core/translations.ts`) applied to objectives, results, indicator names and units, actions,
 * linkages, targets' and budgets' rationales and notes. Citations (`source`, `sources`) name
 * English documents and agency names are official names: both stay as written. Actuals are
 * imported data (indicators CSV, IATI), replaced whole on every import: their notes quote the
 * source and stay as written, and a translation keyed by a list index could not follow them (a
 * framework posted without actuals was refused; a re-ordering import would misplace each note).
 * Only texts change, never ids, figures or periods. Browser-safe.
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
import type { Framework } from './model.ts';

export const FRAMEWORK_TEXT: TextRules = {
  text: ['name', 'title', 'description', 'unit', 'rationale', 'note', 'notes', 'commits', 'inExchangeFor'],
  skip: ['sources', 'source', 'reportingOrg', 'dataset', 'exchangeRates', 'actors', 'package', 'actuals'],
};

/** The framework with its texts in `lang`; English or a language without translations: as written. */
export function localizeFramework(fw: Framework, lang: string): Framework {
  return localize(fw, FRAMEWORK_TEXT, lang);
}

/** Fields with no translation into `lang` (shown in English): warnings, not errors. */
export function untranslatedFrameworkFields(fw: Framework, lang: ContentLang = 'es'): TextField[] {
  return untranslated(fw, FRAMEWORK_TEXT, lang);
}

/** Problems of the `translations` block of a framework (file form or model). */
export function frameworkTranslationProblems(data: unknown, file?: string): Problem[] {
  return translationProblems(data, FRAMEWORK_TEXT, file);
}
