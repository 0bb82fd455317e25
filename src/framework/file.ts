/**
 * Parse a framework file (YAML, or JSON which YAML reads too) into the model. Every problem names
 * the file, the path inside it and the line and column of the offending node. Browser-safe (the
 * text is passed in; reading the file is `file.node.ts`).
 */
import { LineCounter, parseDocument, type Document } from 'yaml';
import { CgError, problem, problemsFromZod, type PathSegment, type Problem } from '../core/index.ts';
import type { Framework } from './model.ts';
import { crossCheck, frameworkFileSchema, normalizeFramework } from './schema.ts';

/** Line/column (1-based) of the node at `path`, or of its nearest existing ancestor. */
export function locate(
  doc: Document,
  lc: LineCounter,
  path: readonly PathSegment[],
): { line: number; column: number } | undefined {
  for (let n = path.length; n >= 0; n--) {
    const node = doc.getIn(path.slice(0, n), true) as { range?: [number, number, number] } | undefined;
    if (node && typeof node === 'object' && Array.isArray(node.range)) {
      const pos = lc.linePos(node.range[0]);
      return { line: pos.line, column: pos.col };
    }
  }
  return undefined;
}

/** Parse YAML/JSON text; syntax errors become problems with line and column. */
export function parseYamlText(text: string, file?: string): { data: unknown; doc: Document; lc: LineCounter } {
  const lc = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lc, prettyErrors: true, uniqueKeys: true });
  if (doc.errors.length) {
    throw new CgError(
      doc.errors.map((e) =>
        problem(
          'syntax_error',
          { format: 'YAML', detail: e.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '') },
          {
            ...(file ? { file } : {}),
            ...(e.linePos?.[0] ? { line: e.linePos[0].line, column: e.linePos[0].col } : {}),
          },
        ),
      ),
    );
  }
  return { data: doc.toJS({ maxAliasCount: 100 }), doc, lc };
}

/** Validate already-parsed data (an object from YAML/JSON, or a model built elsewhere). */
export function frameworkFromData(
  data: unknown,
  file?: string,
  locateFn?: (path: PathSegment[]) => { line: number; column: number } | undefined,
): Framework {
  const withLines = (problems: Problem[]): Problem[] =>
    problems.map((p) => {
      const at = locateFn?.(p.path);
      return at ? { ...p, line: at.line, column: at.column } : p;
    });
  const r = frameworkFileSchema.safeParse(data);
  if (!r.success) throw new CgError(withLines(problemsFromZod(r.error, file)));
  const issues = crossCheck(r.data);
  if (issues.length) {
    throw new CgError(withLines(issues.map((i) => (file ? { ...i, file } : i))));
  }
  return normalizeFramework(r.data);
}

/** Parse and validate a framework file's text. */
export function parseFrameworkText(text: string, file?: string): Framework {
  const { data, doc, lc } = parseYamlText(text, file);
  return frameworkFromData(data, file, (path) => locate(doc, lc, path));
}

/** Check a model built in code (IATI import, database) against the same rules as a file. */
export function validateFramework(fw: Framework, origin?: string): Framework {
  return frameworkFromData(fw, origin);
}
