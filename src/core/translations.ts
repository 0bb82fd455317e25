/**
 * Translations of the human-readable fields of a content file (scenario, framework, cooperation
 * game), carried in the file itself:
 *
 * ```yaml
 * translations:
 *   es:
 *     name: Cooperación en seguridad de América del Norte
 *     issues:
 *       drug_trafficking:            # array elements are keyed by their id (by index when they have none)
 *         name: Narcotráfico y fentanilo
 *         options:
 *           separate_low: { label: baja prioridad, negociada por separado }
 * ```
 *
 * The block mirrors the file: object keys and record keys as they are, array elements by their
 * `id` (or their index, `0`, `1`, ... when they have none), down to a text field the format lists
 * as human-readable. A key that names no such field is a problem naming the key and what exists
 * there; a field without a translation falls back to English and is listed by `untranslated`.
 *
 * Quote fields (verbatim passages of an English source) are never replaced: their translation is
 * put beside them as `<field>Translation`, so the original stays the quote and the rendering is
 * marked as a translation. Only texts change: ids, numbers and structure are untouched, so an
 * analysis of a localized file gives the same results. Browser-safe.
 */
import { z } from 'zod';
import type { Problem, PathSegment } from './problems.ts';
import { problem } from './problems.ts';

/** Languages a content file can be translated into (English is the language files are written in). */
export const CONTENT_LANGS = ['es'] as const;
export type ContentLang = (typeof CONTENT_LANGS)[number];

export type TranslationTree = { [key: string]: string | TranslationTree };

// Named (a component of its own in the OpenAPI document): unnamed, the recursive reference came
// out as a dangling `__shared#/$defs/schema0`.
export const TranslationTreeSchema: z.ZodType<TranslationTree> = z
  .lazy(() => z.record(z.string(), z.union([z.string().trim().min(1), TranslationTreeSchema])))
  .meta({ id: 'TranslationTree', description: 'Translated texts keyed like the file: a text, or a tree of them.' });

export const TranslationsSchema = z
  .strictObject({
    es: TranslationTreeSchema.optional().meta({
      description: 'Spanish texts, keyed like the file (ids, field names).',
    }),
  })
  .meta({
    description:
      'Translations of the human-readable fields, per language: the keys follow the file (array elements by id, or by index when they have none); missing ones fall back to English.',
  });
export type Translations = z.output<typeof TranslationsSchema>;

/** Which fields of a format are human-readable. */
export interface TextRules {
  /** Field names holding display text (names, labels, descriptions, rationales, ...). */
  text: readonly string[];
  /** Field names holding verbatim quotes of an English source: translated beside, never replaced. */
  quote?: readonly string[];
  /** Keys never descended into (citations of English documents, the translations block itself). */
  skip?: readonly string[];
}

export interface TextField {
  /** Where the translation goes in the `translations.<lang>` tree. */
  key: string[];
  /** Where the English text is in the data. */
  path: PathSegment[];
  kind: 'text' | 'quote';
  english: string;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Every human-readable field of `data` under `rules`, in document order. */
export function textFields(data: unknown, rules: TextRules): TextField[] {
  const text = new Set(rules.text);
  const quote = new Set(rules.quote ?? []);
  const skip = new Set(['translations', ...(rules.skip ?? [])]);
  const out: TextField[] = [];
  const kindOf = (k: string): 'text' | 'quote' | null => (text.has(k) ? 'text' : quote.has(k) ? 'quote' : null);
  const walk = (v: unknown, key: string[], path: PathSegment[]): void => {
    if (Array.isArray(v)) {
      v.forEach((el, i) => {
        const seg = isObject(el) && typeof el.id === 'string' ? el.id : String(i);
        walk(el, [...key, seg], [...path, i]);
      });
      return;
    }
    if (!isObject(v)) return;
    for (const [k, child] of Object.entries(v)) {
      if (skip.has(k)) continue;
      const kind = kindOf(k);
      if (kind && typeof child === 'string') out.push({ key: [...key, k], path: [...path, k], kind, english: child });
      else if (kind && Array.isArray(child) && child.every((c) => typeof c === 'string'))
        child.forEach((c, i) =>
          out.push({ key: [...key, k, String(i)], path: [...path, k, i], kind, english: c as string }),
        );
      else walk(child, [...key, k], [...path, k]);
    }
  };
  walk(data, [], []);
  return out;
}

const lookup = (tree: TranslationTree | undefined, key: readonly string[]): string | undefined => {
  let at: string | TranslationTree | undefined = tree;
  for (const seg of key) {
    if (!at || typeof at === 'string' || !Object.prototype.hasOwnProperty.call(at, seg)) return undefined;
    at = at[seg];
  }
  return typeof at === 'string' ? at : undefined;
};

function treeOf(data: unknown, lang: string): TranslationTree | undefined {
  if (!isObject(data) || !isObject(data.translations)) return undefined;
  const t = data.translations[lang];
  return isObject(t) ? (t as TranslationTree) : undefined;
}

/**
 * Problems of the `translations` block: every key must lead, through existing ids and field
 * names, to a human-readable field, and end in a text there. Paths point into the block.
 */
export function translationProblems(data: unknown, rules: TextRules, file?: string): Problem[] {
  if (!isObject(data) || !isObject(data.translations)) return [];
  // The tree of what can be translated: a branch per key segment, `true` at a field.
  type Node = Map<string, Node | true>;
  const root: Node = new Map();
  for (const f of textFields(data, rules)) {
    let at = root;
    f.key.forEach((seg, i) => {
      if (i === f.key.length - 1) at.set(seg, true);
      else {
        const next = at.get(seg);
        if (next instanceof Map) at = next;
        else {
          const made: Node = new Map();
          at.set(seg, made);
          at = made;
        }
      }
    });
  }
  const problems: Problem[] = [];
  const place = (path: PathSegment[]) => ({ path, ...(file ? { file } : {}) });
  for (const [lang, tree] of Object.entries(data.translations)) {
    const walk = (t: unknown, node: Node, key: string[]): void => {
      if (!isObject(t)) return;
      for (const [k, v] of Object.entries(t)) {
        const target = node.get(k);
        const here = [...key, k];
        const path: PathSegment[] = ['translations', lang, ...here];
        if (target === undefined)
          problems.push(
            problem('unknown_translation', { lang, key: here.join('.'), known: [...node.keys()] }, place(path)),
          );
        else if (target === true) {
          if (typeof v !== 'string')
            problems.push(problem('translation_not_text', { lang, key: here.join('.'), wanted: 'text' }, place(path)));
        } else if (!isObject(v))
          problems.push(problem('translation_not_text', { lang, key: here.join('.'), wanted: 'group' }, place(path)));
        else walk(v, target, here);
      }
    };
    walk(tree, root, []);
  }
  return problems;
}

/** The human-readable fields with no translation into `lang` (they are shown in English). */
export function untranslated(data: unknown, rules: TextRules, lang: ContentLang): TextField[] {
  const tree = treeOf(data, lang);
  return textFields(data, rules).filter((f) => lookup(tree, f.key) === undefined);
}

/** `issues.drug_trafficking.name`: how a field is named in warnings. */
export const translationKey = (f: TextField): string => f.key.join('.');

/**
 * A copy of `data` with its texts in `lang`: translated text fields replaced, quote fields kept
 * and their translation put beside them as `<field>Translation`. English (`en`), a language the
 * file has no translations for, or an unknown language give the texts as written (a copy).
 */
export function localize<T>(data: T, rules: TextRules, lang: string): T {
  const copy = structuredClone(data);
  const tree = treeOf(data, lang);
  if (!tree) return copy;
  for (const f of textFields(data, rules)) {
    const t = lookup(tree, f.key);
    if (t === undefined) continue;
    const parentPath = f.path.slice(0, -1);
    const last = f.path[f.path.length - 1];
    let parent: unknown = copy;
    for (const seg of parentPath) parent = (parent as Record<PathSegment, unknown>)[seg];
    if (f.kind === 'text') (parent as Record<PathSegment, unknown>)[last] = t;
    else if (typeof last === 'string') (parent as Record<string, unknown>)[`${last}Translation`] = t;
  }
  return copy;
}

/**
 * Top-level texts of `data` (`name`, `description`, `title`...) in each content language its
 * `translations` block covers, English where a field has no translation: what lists show per
 * item, read straight from the block instead of localizing the whole document. Undefined when the
 * block translates into no language.
 */
export function translatedTexts<F extends string>(
  data: unknown,
  fields: readonly F[],
): Record<string, Record<F, string>> | undefined {
  const own = (isObject(data) ? data : {}) as Record<string, unknown>;
  const out: Record<string, Record<F, string>> = {};
  for (const lang of CONTENT_LANGS) {
    const tree = treeOf(data, lang);
    if (!tree) continue;
    out[lang] = Object.fromEntries(
      fields.map((f) => [f, lookup(tree, [f]) ?? (typeof own[f] === 'string' ? own[f] : '')]),
    ) as Record<F, string>;
  }
  return Object.keys(out).length ? out : undefined;
}

/**
 * The translation a localized object carries beside one of its quote fields (`quoteTranslation`
 * beside `quote`), or undefined: renderers show it marked as a translation, after the original.
 */
export function translationOf(o: object, field: string): string | undefined {
  const t = (o as Record<string, unknown>)[`${field}Translation`];
  return typeof t === 'string' ? t : undefined;
}
