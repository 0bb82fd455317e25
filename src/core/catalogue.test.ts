import { describe, expect, it } from 'vitest';
import { CATALOGUE, LOCALES, type ErrorCode } from './catalogue.ts';
import { cli } from './messages/cli.ts';
import { CgError, fail, formatProblems, problem, renderProblem } from './problems.ts';
import { englishWords } from './english-leaks.ts';

const codes = Object.keys(CATALOGUE) as ErrorCode[];
const surfaces = ['cli', 'api', 'web'] as const;

describe('the problem catalogue', () => {
  it('renders every entry from its example in every locale and surface, with no holes', () => {
    for (const code of codes) {
      const spec = CATALOGUE[code];
      for (const locale of LOCALES)
        for (const surface of surfaces) {
          const text = (spec.message[locale] as (p: unknown, s: string) => string)(spec.example, surface);
          expect(text, `${code} ${locale} ${surface}`).toMatch(/\S/);
          // ("... is undefined" is a real sentence: replicator dynamics with zero mean fitness)
          expect(text, `${code} ${locale} ${surface}`).not.toMatch(/(?<!is )undefined|\[object Object\]|NaN|\$\{/);
        }
      const en = (spec.message.en as (p: unknown, s: string) => string)(spec.example, 'api');
      const es = (spec.message.es as (p: unknown, s: string) => string)(spec.example, 'api');
      expect(es, `${code}: the Spanish message is the English one`).not.toBe(en);
    }
  });

  it('is real Spanish: no English words in any Spanish message, expected or received part', () => {
    // Parameters that carry someone else's words, shown as they came (a parser's, the HTTP
    // status line's, a tool's or the user's text), and grammar keywords: not the catalogue's wording.
    const passedThrough: Record<string, string> = {
      'uncertainty_bad_setting.expected': 'the setting syntax: default, none, stated, defaults=on|off',
      syntax_error: "the YAML parser's detail",
      bad_request: 'the HTTP reason phrase',
      unexpected_error: "the runtime's message",
      queue_task_failed: "the queue's failure reason",
      iati_schema_unusable: "xmllint's message",
      export_target_exists: 'a folder name',
      export_write_failed: 'a folder name',
      genius_many_domains: 'file names',
      unknown_scenario_reference: 'option ids',
      unknown_strategy: 'the name the user typed',
      mediation_round_open: 'an API path (…/close)',
      bad_acceptance: 'the acceptance-condition grammar: and(..), or(..), not(..)',
    };
    const found: string[] = [];
    for (const code of codes) {
      const spec = CATALOGUE[code] as unknown as Record<string, { es?: (p: unknown, s: string) => string | undefined }>;
      for (const surface of surfaces)
        for (const part of ['message', 'expected', 'received']) {
          const text = spec[part]?.es?.(CATALOGUE[code].example, surface);
          // values quoted as the user typed them are data, not wording
          const words = text ? englishWords(text.replace(/"(?:[^"\\]|\\.)*"/g, ' ')) : [];
          if (words.length && !(code in passedThrough) && !(`${code}.${part}` in passedThrough))
            found.push(`${code} (${surface}, ${part}): ${words} in ${text}`);
        }
    }
    expect(found).toEqual([]);
    // and the exemptions still exist
    for (const code of Object.keys(passedThrough)) expect(codes, code).toContain(code.split('.')[0]);
  });

  it('gives every entry an HTTP error status', () => {
    for (const code of codes) expect(CATALOGUE[code].status, code).toBeGreaterThanOrEqual(400);
  });
});

describe('problems from the catalogue', () => {
  it('carry code and params, an English message, and the HTTP status of their entry', () => {
    const p = problem('not_found', { kind: 'framework', id: 'x' }, { path: ['id'] });
    expect(p).toMatchObject({ code: 'not_found', params: { kind: 'framework', id: 'x' }, path: ['id'] });
    expect(p.message).toBe('No framework with id "x".');
    let err: unknown;
    try {
      fail('not_found', { kind: 'scenario', id: 'y' });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(CgError);
    expect((err as CgError).status).toBe(404);
    expect((err as CgError).exitCode).toBe(2);
  });

  it('render in Spanish on request, leaving the stored problem unchanged', () => {
    const p = problem('not_found', { kind: 'scenario', id: 'x' }, { file: 'a.yaml', line: 3 });
    expect(renderProblem(p, { locale: 'es', surface: 'web' }).message).toBe(
      'No hay ningún escenario con el identificador "x".',
    );
    expect(p.message).toBe('No scenario with id "x".');
    expect(formatProblems([p], { locale: 'es', surface: 'cli' })).toBe(
      'error [not_found] a.yaml:3: No hay ningún escenario con el identificador "x".',
    );
  });
});

describe('surfaces', () => {
  it("word hints for the surface showing them: the CLI's flag, the API's field, the web app's control", () => {
    const p = problem('no_status_quo', { missing: ['guns'], for: 'delinked', domain: 'toy' });
    const cli = renderProblem(p, { locale: 'en', surface: 'cli' }).message;
    const api = renderProblem(p, { locale: 'en', surface: 'api' }).message;
    const web = renderProblem(p, { locale: 'es', surface: 'web' }).message;
    expect(cli).toContain('--status-quo "issue=option;..."');
    expect(api).toContain('statusQuo "issue=option;..."');
    expect(api).not.toContain('--status-quo');
    expect(web).toContain('los campos del statu quo');
    expect(web).not.toMatch(/--status-quo|statusQuo/);
  });

  it('no entry outside the CLI-only ones names a CLI flag in its API wording', () => {
    for (const code of codes.filter((c) => !(c in cli))) {
      const spec = CATALOGUE[code];
      const text = (spec.message.en as (p: unknown, s: string) => string)(spec.example, 'api');
      expect(text, code).not.toMatch(/(^|\s)--[a-z]/);
    }
  });
});
