/**
 * RFC 4180 CSV: fields separated by commas, records by CRLF or LF; a field may be quoted with
 * double quotes, and then holds commas, line breaks and doubled quotes (`""` = one quote).
 * Lenient where the RFC is silent: a UTF-8 BOM is dropped, a final line break is optional, and
 * completely empty lines are skipped. Strict where data would be silently wrong: a quote inside an
 * unquoted field, text after a closing quote, or an unterminated quoted field are errors naming
 * the line and column. Browser-safe.
 */
import { CgError, problem, type ParamsOf, type Problem } from '../../core/index.ts';

export interface CsvRecord {
  fields: string[];
  /** 1-based line on which the record starts. */
  line: number;
  /** 1-based line and column where each field starts (for error messages). */
  starts: { line: number; column: number }[];
}

export function parseCsv(text: string, file?: string): CsvRecord[] {
  const records: CsvRecord[] = [];
  const problems: Problem[] = [];
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let line = 1,
    lineStart = i;
  const n = text.length;
  const err = (what: ParamsOf<'csv_syntax'>['problem'], l: number, c: number) =>
    problems.push(problem('csv_syntax', { problem: what }, { line: l, column: c, ...(file ? { file } : {}) }));
  while (i < n) {
    // Skip empty lines.
    if (text[i] === '\n' || (text[i] === '\r' && text[i + 1] === '\n')) {
      i += text[i] === '\r' ? 2 : 1;
      line++;
      lineStart = i;
      continue;
    }
    const rec: CsvRecord = { fields: [], line, starts: [] };
    for (;;) {
      const start = { line, column: i - lineStart + 1 };
      rec.starts.push(start);
      let value = '';
      if (text[i] === '"') {
        i++;
        let closed = false;
        while (i < n) {
          const ch = text[i];
          if (ch === '"') {
            if (text[i + 1] === '"') {
              value += '"';
              i += 2;
              continue;
            }
            i++;
            closed = true;
            break;
          }
          if (ch === '\n') {
            line++;
            lineStart = i + 1;
          }
          value += ch;
          i++;
        }
        if (!closed) {
          err('unclosed_quote', start.line, start.column);
          break;
        }
        if (i < n && text[i] !== ',' && text[i] !== '\n' && !(text[i] === '\r' && text[i + 1] === '\n')) {
          err('after_quote', line, i - lineStart + 1);
          while (i < n && text[i] !== ',' && text[i] !== '\n') i++;
        }
      } else {
        const from = i;
        while (i < n && text[i] !== ',' && text[i] !== '\n' && !(text[i] === '\r' && text[i + 1] === '\n')) {
          if (text[i] === '"') err('stray_quote', line, i - lineStart + 1);
          i++;
        }
        value = text.slice(from, i);
      }
      rec.fields.push(value);
      if (i < n && text[i] === ',') {
        i++;
        continue;
      }
      // End of record.
      if (i < n) {
        i += text[i] === '\r' ? 2 : 1;
        line++;
        lineStart = i;
      }
      break;
    }
    records.push(rec);
    if (problems.length > 50) break;
  }
  if (problems.length) throw new CgError(problems);
  return records;
}

function quote(field: string): string {
  return /[",\r\n]/.test(field) || field !== field.trim() ? `"${field.replace(/"/g, '""')}"` : field;
}

/** Write records as RFC 4180 CSV with LF line endings (quoting only where needed). */
export function stringifyCsv(rows: readonly (readonly string[])[]): string {
  return rows.map((r) => r.map(quote).join(',')).join('\n') + '\n';
}
