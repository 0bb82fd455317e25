/**
 * Parse YAML or JSON scenario text keeping positions, so a problem found later at a data path
 * (`parties[1].weights.gun_smuggling`) can be reported at its line and column.
 *
 * The reading itself is `readStructuredText` (src/core): linear in the text, within the limits
 * every document reader applies (nesting, size, aliases, reserved names). JSON files are read as
 * JSON, with the same line numbers and duplicate-key checks as YAML. Browser-safe.
 */
import { readStructuredText, type PathSegment } from '../core/index.ts';

export interface ParsedText {
  data: unknown;
  /** 1-based line and column of the node at `path` (or of the deepest existing ancestor). */
  locate(path: readonly PathSegment[]): { line: number; column: number } | undefined;
}

/** Parse YAML/JSON text (JSON when `file` ends in `.json`); problems are a `CgError` with file, line and column. */
export function parseYamlText(text: string, file?: string, opts: { work?: { steps: number } } = {}): ParsedText {
  const json = /json$/i.test(file ?? '');
  // YAML merge keys (`<<: *defaults`) are how analysts share a rationale between entries; JSON has none.
  return readStructuredText(text, { file, format: json ? 'json' : 'yaml', merge: !json, work: opts.work });
}
