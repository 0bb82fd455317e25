/**
 * IATI 2.03 activity XML → framework model.
 *
 * Two readings:
 * - Our own export (an activity carrying `cg:framework`): the three-level hierarchy and the
 *   `urn:commonground:iati-extension:1` extension are read back into exactly the framework that
 *   was exported (targets and actuals come back in date order).
 * - Any other publisher's activities: each activity becomes one objective (its results and
 *   indicators) in one area, served by one action (its participating organisations with their
 *   roles, status, dates, budgets, and disbursement/expenditure transactions). Organisations
 *   become the parties (id from the org ref, else the name). Figures name the activity as their
 *   source. Elements the model has no place for (sectors, locations, contacts, other
 *   transaction types, indicator references to external vocabularies, ...) are listed in
 *   `ignored` with counts; they do not stop the import.
 *
 * XML syntax errors are CgErrors with line and column. Browser-safe (fast-xml-parser is pure JS).
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { guardXml } from '../xml-guard.ts';
import { describeUnclosed } from '../xml-unclosed.ts';
import { CgError, problem } from '../../core/index.ts';
import { validateFramework } from '../../framework/index.ts';
import type { Framework } from '../../framework/index.ts';
import { NS } from './codes.ts';
import { readForeign } from './import-foreign.ts';
import { readOurs } from './import-ours.ts';
import { textOf, type Node } from './read.ts';

export interface IatiImport {
  framework: Framework;
  /** Elements read but not representable, with how often they occurred. */
  ignored: { element: string; count: number }[];
  warnings: string[];
}

const ARRAYS = new Set([
  'iati-activity',
  'narrative',
  'participating-org',
  'activity-date',
  'description',
  'budget',
  'transaction',
  'related-activity',
  'result',
  'indicator',
  'baseline',
  'period',
  'target',
  'actual',
  'tag',
  'reference',
  'document-link',
  'comment',
  'title',
]);

export function parseIatiXml(xml: string, file?: string): Node {
  guardXml(xml, file);
  const valid = XMLValidator.validate(xml);
  if (valid !== true) {
    const unclosed = describeUnclosed(xml, valid.err.msg);
    const at = file ? { file } : {};
    throw new CgError(
      unclosed
        ? problem(
            'xml_syntax_error',
            { openTags: unclosed.openTags },
            { line: unclosed.line, column: unclosed.column, ...at },
          )
        : problem(
            'xml_syntax_error',
            { detail: valid.err.msg },
            { line: valid.err.line, column: valid.err.col, ...at },
          ),
    );
  }
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@_',
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: false,
    htmlEntities: true,
    isArray: (name, _jpath, _leaf, isAttribute) => !isAttribute && (ARRAYS.has(name) || name.includes(':')),
  });
  try {
    return parser.parse(xml) as Node;
  } catch (e) {
    // The parser refuses a few things its validator lets through (a processing instruction left
    // open, found by the fuzzer): malformed XML too, not a crash.
    if (e instanceof CgError) throw e;
    throw new CgError(problem('xml_syntax_error', { detail: (e as Error).message }, file ? { file } : {}));
  }
}

export function iatiToFramework(xml: string, opts: { file?: string; id?: string } = {}): IatiImport {
  const doc = parseIatiXml(xml, opts.file);
  const root = doc['iati-activities'] as Node | undefined;
  if (!root) throw new CgError(problem('not_iati', { problem: 'root' }, opts.file ? { file: opts.file } : {}));
  const activities: Node[] = root['iati-activity'] ?? [];
  if (!activities.length)
    throw new CgError(
      problem(
        'not_iati',
        { problem: 'no_activity' },
        { path: ['iati-activities'], ...(opts.file ? { file: opts.file } : {}) },
      ),
    );
  // Our extension prefix, as bound in this document.
  const prefix = Object.entries(root)
    .find(([k, v]) => k.startsWith('@_xmlns:') && v === NS)?.[0]
    .slice('@_xmlns:'.length);
  const ours = prefix ? activities.find((a) => a[`@_${prefix}:framework`] !== undefined) : undefined;
  // The identifier is required by the standard and names every objective, action and figure source.
  const missing = activities.flatMap((a, k) => (textOf(a['iati-identifier']).trim() ? [] : [k]));
  if (missing.length) {
    throw new CgError(
      missing.map((k) =>
        problem(
          'missing_identifier',
          { activity: k + 1 },
          {
            path: ['iati-activities', 'iati-activity', k, 'iati-identifier'],
            ...(opts.file ? { file: opts.file } : {}),
          },
        ),
      ),
    );
  }
  const r = ours ? readOurs(activities, prefix!, opts.file) : readForeign(activities, opts);
  if (opts.id) r.framework.id = opts.id;
  r.framework = validateFramework(r.framework, opts.file ?? 'IATI import');
  return r;
}
