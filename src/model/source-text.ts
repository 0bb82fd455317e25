/**
 * Parse YAML or JSON text keeping positions, so a problem found later at a data path
 * (`parties[1].weights.gun_smuggling`) can be reported at its line and column.
 *
 * JSON is parsed with the YAML parser too (JSON is YAML 1.2), which gives JSON files the same line
 * numbers and duplicate-key checks. Browser-safe: `yaml` has no Node imports.
 */
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import { CgError, problem, type PathSegment, type Problem } from '../core/index.ts';

export interface ParsedText {
  data: unknown;
  /** 1-based line and column of the node at `path` (or of the deepest existing ancestor). */
  locate(path: readonly PathSegment[]): { line: number; column: number } | undefined;
}

/** Parse YAML/JSON text; syntax errors become a `CgError` with file, line and column. */
export function parseYamlText(text: string, file?: string): ParsedText {
  const lineCounter = new LineCounter();
  const json = /json$/i.test(file ?? '');
  // YAML merge keys (`<<: *defaults`) are how analysts share a rationale between entries; JSON has none.
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false, strict: true, merge: !json });
  if (doc.errors.length > 0) {
    const problems: Problem[] = doc.errors.map((e) => {
      const pos = lineCounter.linePos(e.pos[0]);
      const multiple = /multiple documents/i.test(e.message);
      return problem(
        'syntax_error',
        multiple
          ? { format: 'YAML', multipleDocuments: true }
          : { format: json ? 'JSON' : 'YAML', detail: firstLine(e.message) },
        { line: pos.line, column: pos.col, ...(file ? { file } : {}) },
      );
    });
    throw new CgError(problems);
  }
  const data = doc.toJS({ maxAliasCount: 1000 }) as unknown;
  return {
    data,
    locate: (path) => {
      const offset = offsetOf(doc, path);
      if (offset === undefined) return undefined;
      const pos = lineCounter.linePos(offset);
      return { line: pos.line, column: pos.col };
    },
  };
}

function firstLine(message: string): string {
  return message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
}

/**
 * Offset of the node at `path`. For the last segment of a map path we point at the key (where
 * `gun_smuggling:` is written), otherwise at the value; a missing segment falls back to the
 * deepest node that exists.
 */
function offsetOf(doc: Document, path: readonly PathSegment[]): number | undefined {
  let node: unknown = doc.contents;
  let best: number | undefined = rangeStart(node);
  for (let i = 0; i < path.length; i++) {
    const seg = path[i];
    const last = i === path.length - 1;
    if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(seg));
      if (!pair) return best;
      const keyStart = rangeStart(pair.key);
      if (last) return keyStart ?? best;
      node = pair.value;
      best = rangeStart(node) ?? keyStart ?? best;
    } else if (isSeq(node) && typeof seg === 'number') {
      const item = node.items[seg];
      if (item === undefined) return best;
      node = item;
      best = rangeStart(node) ?? best;
    } else {
      return best;
    }
  }
  return best;
}

function rangeStart(node: unknown): number | undefined {
  const r = (node as Node | null | undefined)?.range;
  return Array.isArray(r) ? r[0] : undefined;
}
