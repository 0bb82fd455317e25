/**
 * What may stay English in Spanish output, and the built-in content's own Spanish: shared by the
 * browser test of the web app (e2e/spanish.test.ts) and the reports' unit test
 * (src/report/spanish.test.ts), so both hold Spanish to the same rules. Test helper (Node: it reads
 * the built-in files).
 *
 * - `SPANISH_ALLOW`: proper names and codes a Spanish reader sees as they are;
 * - `contentCatalogue()`: the built-in scenario, framework and game texts, each with its Spanish
 *   from the file's `translations.es` (translated: checked like an interface message), or none
 *   (untranslated: reported as pending, not failed); cited works and agencies are proper names;
 * - `spanishLeaks(texts, interface, content)`: a view's or report's leaks of the interface (content
 *   taken out) and of translated content.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { localize, textFields, type PathSegment, type TextRules } from '../../core/index.ts';
import { englishLeaks, type Leak } from '../../core/testing.ts';
import { SCENARIO_TEXT } from '../../model/index.ts';
import { FRAMEWORK_TEXT } from '../../framework/index.ts';
import { GAME_TEXT, STRATEGIES as COOPERATION_STRATEGIES } from '../../cooperation/index.ts';
import { STRATEGIES as NEGOTIATION_STRATEGIES } from '../../negotiation/index.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

/**
 * English that is not a leak: proper names and codes a Spanish reader sees as they are. Keep it
 * short; content (scenario, framework, game texts) is translated, not listed here.
 */
export const SPANISH_ALLOW: (string | RegExp)[] = [
  'Common Ground', // the product's name
  'Common Ground Is Needed to Rebuild US-Mexico Security Cooperation', // the brief's title, cited
  /\b[\w.-]+\.(xml|ya?ml|json|csv|html|pdf)\b/g, // file names
  /\b[a-z][a-z0-9]*(_[a-z0-9]+)+\b/g, // codes and ids in snake_case (not_found, goal1_protect_our_people)
  /\bhttps?:\/\/\S+/g, // addresses of cited sources
  /\b[A-Z]{1,5}\d{2,}\b/g, // report numbers and fiscal years (CRS IF10578, FY2026)
  // Strategy names, kept as the literature names them (Axelrod's "Tit For Tat", Genius's agents);
  // their descriptions are translated.
  ...[...COOPERATION_STRATEGIES, ...NEGOTIATION_STRATEGIES].map((s) => s.name).sort((a, b) => b.length - a.length),
];

/** An English message with its Spanish, by key (interface words, or a content text). */
export interface Pair {
  key: string;
  en: string;
  es: string;
}

export interface ContentCatalogue {
  /** Translated texts: their English shown in Spanish is a content leak. */
  pairs: Pair[];
  /** Texts without Spanish in their file (pending, reported). */
  untranslated: string[];
  /** Every content text in English, longest first. */
  english: string[];
  /** Cited works' titles, authors, publishers and agencies: proper names, kept as written. */
  titles: string[];
}

const norm = (x: string) => x.replace(/\s+/g, ' ').trim();

/** The built-in files' texts (scenarios, frameworks, the cooperation game), read with the formats' own rules. */
export function contentCatalogue(root = ROOT): ContentCatalogue {
  const files: [string, TextRules][] = [
    ['scenarios', SCENARIO_TEXT],
    ['scenarios/frameworks', FRAMEWORK_TEXT],
    ['scenarios/cooperation', GAME_TEXT],
  ];
  const pairs: Pair[] = [];
  const untranslated = new Set<string>();
  const titles = new Set<string>();
  for (const [dir, rules] of files)
    for (const f of readdirSync(path.join(root, dir)).filter((n) => /\.ya?ml$/.test(n))) {
      const doc = parse(readFileSync(path.join(root, dir, f), 'utf8')) as object;
      // A cited work (a title with a url, file or doi) keeps its English title, author and publisher.
      const cited = (v: unknown): void => {
        if (Array.isArray(v)) v.forEach(cited);
        else if (v && typeof v === 'object') {
          const o = v as Record<string, unknown>;
          if (typeof o.title === 'string' && ['url', 'file', 'doi'].some((k) => typeof o[k] === 'string'))
            for (const k of ['title', 'author', 'publisher']) if (typeof o[k] === 'string') titles.add(norm(o[k]));
          // agencies are institutions' proper names (Department of Justice)
          if (typeof o.agency === 'string') titles.add(norm(o.agency));
          Object.values(o).forEach(cited);
        }
      };
      cited(doc);
      const es = localize(doc, rules, 'es');
      for (const field of textFields(doc, rules)) {
        const at =
          field.kind === 'text' ? field.path : [...field.path.slice(0, -1), `${String(field.path.at(-1))}Translation`];
        const spanish = at.reduce<unknown>((o, k) => (o as Record<PathSegment, unknown> | undefined)?.[k], es);
        const en = norm(field.english);
        if (typeof spanish === 'string' && norm(spanish) !== en)
          pairs.push({ key: `content ${dir}/${f}: ${field.key.join('.')}`, en, es: norm(spanish) });
        else if (typeof spanish !== 'string' || field.kind === 'text') untranslated.add(en);
      }
    }
  const byLength = (a: string, b: string) => b.length - a.length;
  return {
    pairs,
    untranslated: [...untranslated].sort(byLength),
    english: [...new Set([...pairs.map((p) => p.en), ...untranslated])].sort(byLength),
    titles: [...titles].sort(byLength),
  };
}

/**
 * Charts shorten long labels ("Border infrastructure · co-financed crossing and inspecti…"): a
 * shortened piece is content when some content text starts with it.
 */
export function withoutTruncatedContent(text: string, content: ContentCatalogue): string {
  if (!text.includes('…')) return text;
  return text
    .split(' · ')
    .map((part) => {
      const m = /^(.*\S)…$/.exec(part.trim());
      return m && m[1].length >= 8 && content.english.some((c) => c.startsWith(m[1])) ? ' ' : part;
    })
    .join(' · ');
}

/**
 * Leaks in texts shown in Spanish: of the interface (`catalogue`, with every content text taken
 * out), and of translated content (its English shown). `pending` lists the texts holding
 * untranslated content (reported, not failed).
 */
export function spanishLeaks(
  texts: readonly string[],
  catalogue: readonly Pair[],
  content: ContentCatalogue,
): { ui: Leak[]; content: Leak[]; pending: string[] } {
  const pending = texts.filter((t) => content.untranslated.some((c) => t.includes(c)));
  const allow = [...content.titles, ...SPANISH_ALLOW];
  const ui = englishLeaks(
    texts.map((t) => withoutTruncatedContent(t, content)),
    { catalogue: [...catalogue], allow: [...content.english, ...allow] },
  );
  const leaked = englishLeaks(texts, {
    catalogue: content.pairs,
    allow: [...content.untranslated, ...allow],
  }).filter((l) => l.reason.startsWith('catalogue: content') && !ui.some((u) => u.text === l.text));
  return { ui, content: leaked, pending };
}
