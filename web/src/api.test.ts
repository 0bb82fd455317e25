import { describe, expect, it } from 'vitest';
import { ApiError, forForm, inFile } from './api.ts';

describe('problems as the web app shows them', () => {
  it('name the field the user filled in, not the request part the API names', () => {
    expect(forForm({ code: 'too_big', path: ['body', 'rounds'], message: 'm' }).path).toEqual(['rounds']);
    expect(forForm({ code: 'x', path: ['querystring', 'statusQuo', 'ops'], message: 'm' }).path).toEqual([
      'statusQuo',
      'ops',
    ]);
    expect(forForm({ code: 'x', path: ['headers', 'authorization'], message: 'm' }).path).toEqual([
      'headers',
      'authorization',
    ]);
    expect(forForm({ code: 'x', path: ['id'], message: 'm' }).path).toEqual(['id']);
  });

  it('name an uploaded file instead of "request body", keeping other files and the lines', () => {
    const e = new ApiError(400, 'syntax_error', [
      { code: 'syntax_error', path: ['body'], message: 'bad', file: 'request body', line: 2, column: 1 },
      { code: 'invalid_type', path: ['body', 'parties'], message: 'bad', line: 8 },
      { code: 'other', path: [], message: 'bad', file: 'included.xml' },
    ]);
    const shown = inFile(e, 'mine.yaml') as ApiError;
    expect(shown.problems.map((p) => [p.file, p.path, p.line])).toEqual([
      ['mine.yaml', [], 2],
      ['mine.yaml', ['parties'], 8],
      ['included.xml', [], undefined],
    ]);
    expect(shown.status).toBe(400);
    expect(inFile('not an api error', 'x')).toBe('not an api error');
  });
});
