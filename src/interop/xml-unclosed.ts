/**
 * fast-xml-parser's validator reports a truncated file as "Invalid '[ "a", "b"]' found." at line
 * 1, column 1. This turns that into what a user needs: which elements are still open, placed at
 * the end of the file. Browser-safe.
 */
export interface UnclosedXml {
  /** The elements still open, outermost first. */
  openTags: string[];
  line: number;
  column: number;
}

export function describeUnclosed(text: string, validatorMessage: string): UnclosedXml | undefined {
  const open = /^Invalid '(\[[\s\S]*\])' found\.?$/.exec(validatorMessage);
  if (!open) return undefined;
  let tags: unknown;
  try {
    tags = JSON.parse(open[1]);
  } catch {
    return undefined;
  }
  if (!Array.isArray(tags) || tags.length === 0) return undefined;
  const lines = text.split('\n');
  return {
    openTags: tags.map(String),
    line: lines.length,
    column: lines[lines.length - 1].length + 1,
  };
}
