/** The CLI says problems in the language of CG_LANG or the POSIX locale, in the same one-line format. */
import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { cliContext } from './locale.ts';
import { runCli } from './testing.node.ts';

describe('CLI locale', () => {
  it('is CG_LANG, else LC_ALL / LC_MESSAGES / LANG starting with es, else English', () => {
    expect(cliContext({})).toEqual({ locale: 'en', surface: 'cli' });
    expect(cliContext({ CG_LANG: 'es' }).locale).toBe('es');
    expect(cliContext({ CG_LANG: 'en', LANG: 'es_MX.UTF-8' }).locale).toBe('en');
    expect(cliContext({ LANG: 'es_MX.UTF-8' }).locale).toBe('es');
    expect(cliContext({ LC_ALL: 'en_US.UTF-8', LANG: 'es_MX.UTF-8' }).locale).toBe('en');
    expect(cliContext({ LC_MESSAGES: 'es_ES.UTF-8', LANG: 'C' }).locale).toBe('es');
    expect(cliContext({ CG_LANG: 'fr', LANG: 'es_MX.UTF-8' }).locale).toBe('es');
    expect(cliContext({ LANG: 'C.UTF-8' }).locale).toBe('en');
  });

  it('prints problems in Spanish with CG_LANG=es, in the same format, naming its flags', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'cg-cli-es-'));
    const file = path.join(dir, 'toy.yaml');
    writeFileSync(file, 'id: toy\nname: Toy\nissues: []\nparties: []\n');
    const es = await runCli(['validate', file], { env: { CG_LANG: 'es', LC_ALL: '', LANG: '' } });
    expect(es.code).toBe(2);
    expect(es.stderr).toContain(`error [too_small] ${file}:3:1: issues: un escenario necesita al menos un tema`);
    const en = await runCli(['validate', file], { env: { CG_LANG: '', LC_ALL: '', LC_MESSAGES: '', LANG: 'C' } });
    expect(en.stderr).toContain(`error [too_small] ${file}:3:1: issues: a scenario needs at least one issue`);

    const flag = await runCli(['negotiate', 'us-mexico', '--agents', 'boulware,linear', '--rounds', '0'], {
      env: { CG_LANG: 'es' },
    });
    expect(flag.code).toBe(2);
    expect(flag.stderr).toMatch(
      /^error \[invalid_option\] rounds: --rounds debe ser un número entero >= 1 \(se esperaba un número entero >= 1, se recibió "0"\)$/m,
    );
  });
});
