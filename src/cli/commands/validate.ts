/** `commonground validate <file>`: check a scenario file (or Genius folder) without analysing it. */
import type { Command } from 'commander';
import { isCgError, translationKey } from '../../core/index.ts';
import { problemsForCli } from '../locale.ts';
import { outcomeCount, untranslatedScenarioFields } from '../../model/index.ts';
import { loadDomainInput } from '../domain-input.ts';
import { printJson, println } from '../output.ts';
import { commandEntry } from './index.ts';

export function register(program: Command): void {
  program
    .command('validate')
    .description(commandEntry('validate').description)
    .argument(
      '<file>',
      'a scenario file (.yaml, .yml, .json), a Genius folder, a GeniusWeb folder (or one of its JSON files), or a built-in scenario id',
    )
    .option('--json', 'print a JSON summary instead of a sentence')
    .addHelpText(
      'after',
      `
Exit code 0 when valid. Otherwise every problem is printed on stderr as
  error [code] file:line:column: path.inside.the.file: what is wrong (expected ..., received ...)
and the exit code is 2; with --json, stdout also gets {"valid": false, "source", "problems": [...]}
(each problem: code, path, message, expected, received, file, line, column when known).`,
    )
    .action(async (file: string, opts: { json?: boolean }) => {
      let loaded: Awaited<ReturnType<typeof loadDomainInput>>;
      try {
        loaded = await loadDomainInput(file, undefined, 'en');
      } catch (e) {
        // A script asking for JSON gets a JSON verdict either way; main.ts still prints the lines and sets the exit code.
        if (opts.json && isCgError(e)) printJson({ valid: false, source: file, problems: problemsForCli(e.problems) });
        throw e;
      }
      const { domain, kind, source } = loaded;
      // Fields a Spanish reader sees in English: a warning (the file is valid), on stderr.
      const untranslated = loaded.scenario ? untranslatedScenarioFields(loaded.scenario, 'es').map(translationKey) : [];
      if (untranslated.length)
        process.stderr.write(
          `warning: ${untranslated.length} field${untranslated.length === 1 ? ' has' : 's have'} no Spanish translation (shown in English): ${untranslated.slice(0, 10).join(', ')}${untranslated.length > 10 ? ', ...' : ''}\n`,
        );
      // What the Genius import decided without failing: files it skipped, items valued twice.
      const skipped = (domain.meta?.skipped ?? []) as string[];
      const notes = (domain.meta?.notes ?? []) as string[];
      const summary = {
        valid: true,
        kind,
        source,
        id: domain.id,
        name: domain.name,
        parties: domain.parties.map((p) => p.id),
        issues: domain.issues.length,
        outcomeCount: outcomeCount(domain).toString(),
        ...(loaded.scenario ? { untranslated: { es: untranslated } } : {}),
        ...(kind === 'genius' || kind === 'geniusweb' ? { skipped, notes } : {}),
      };
      if (opts.json) printJson(summary);
      else {
        println(
          `valid: ${source} (${kind === 'genius' ? 'Genius folder' : kind === 'geniusweb' ? 'GeniusWeb folder' : 'scenario'} "${domain.id}": ${domain.parties.length} part${domain.parties.length === 1 ? 'y' : 'ies'}, ${domain.issues.length} issue${domain.issues.length === 1 ? '' : 's'}, ${outcomeCount(domain).toLocaleString('en-US')} outcomes)`,
        );
        if (skipped.length) println(`skipped: ${skipped.join(', ')}`);
        for (const note of notes) println(`note: ${note}`);
      }
    });
}
