import { describe, expect, it } from 'vitest';
import { ApiError, forForm, inFile, showProblem } from './api.ts';

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

describe('problems in the page language', () => {
  it('are re-rendered from code and params in Spanish or English, with the web wording', () => {
    const fromServer = {
      code: 'not_found',
      params: { kind: 'party', id: 'cn' },
      path: ['partyId'],
      message: 'No party with id "cn".',
    };
    expect(showProblem(fromServer, 'es')).toBe('partyId: No hay ninguna parte con el identificador "cn".');
    expect(showProblem(fromServer, 'en')).toBe('partyId: No party with id "cn".');
    const hint = {
      code: 'no_status_quo',
      params: { missing: ['guns'], for: 'delinked', domain: 'toy' },
      path: ['statusQuo'],
      message: 'server words',
    };
    expect(showProblem(hint, 'es')).toContain('los campos del statu quo');
    expect(showProblem(hint, 'es')).not.toMatch(/--status-quo|statusQuo "/);
  });

  it("fall back to the server's message for a code this app does not know", () => {
    const newer = { code: 'some_future_code', params: { x: 1 }, path: [], message: 'Said by a newer server.' };
    expect(showProblem(newer, 'es')).toBe('Said by a newer server.');
    expect(showProblem({ code: 'not_found', path: [], message: 'No params sent.' }, 'es')).toBe('No params sent.');
  });
});
