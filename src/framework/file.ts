/**
 * Parse a framework file (YAML or JSON) into the model. Every problem names
 * the file, the path inside it and the line and column of the offending node. Browser-safe (the
 * text is passed in; reading the file is `file.node.ts`).
 */
import {
  capProblems,
  CgError,
  problemsFromZod,
  readStructuredText,
  valueTreeProblems,
  type PathSegment,
  type Problem,
  type StructuredText,
} from '../core/index.ts';
import type { Framework } from './model.ts';
import { crossCheck, frameworkFileSchema, normalizeFramework } from './schema.ts';
import { frameworkTranslationProblems } from './localize.ts';

/**
 * Parse YAML/JSON text (JSON when the file name ends in `.json`) within the limits every document
 * reader applies; problems carry line and column, and `locate` maps a data path to its place.
 */
export function parseYamlText(text: string, file?: string): StructuredText {
  return readStructuredText(text, { file });
}

/** Validate already-parsed data (an object from YAML/JSON, or a model built elsewhere). */
export function frameworkFromData(
  data: unknown,
  file?: string,
  locateFn?: (path: PathSegment[]) => { line: number; column: number } | undefined,
): Framework {
  const withLines = (problems: Problem[]): Problem[] =>
    capProblems(problems).map((p) => {
      const at = locateFn?.(p.path);
      return at ? { ...p, line: at.line, column: at.column } : p;
    });
  const hostile = valueTreeProblems(data, file ? { file } : {});
  if (hostile.length) throw new CgError(withLines(hostile));
  const r = frameworkFileSchema.safeParse(data);
  if (!r.success) throw new CgError(withLines(problemsFromZod(r.error, file)));
  const issues = [...crossCheck(r.data), ...frameworkTranslationProblems(r.data)];
  if (issues.length) {
    throw new CgError(withLines(issues.map((i) => (file ? { ...i, file } : i))));
  }
  return normalizeFramework(r.data);
}

/** Parse and validate a framework file's text. */
export function parseFrameworkText(text: string, file?: string): Framework {
  const { data, locateValue } = parseYamlText(text, file);
  return frameworkFromData(data, file, locateValue);
}

/** Check a model built in code (IATI import, database) against the same rules as a file. */
export function validateFramework(fw: Framework, origin?: string): Framework {
  return frameworkFromData(fw, origin);
}
