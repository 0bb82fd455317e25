/**
 * `commonground export <input> --format genius|geniusweb -o DIR`: write a scenario, Genius folder,
 * GeniusWeb folder or built-in scenario as a Genius XML folder (domain + one profile per party,
 * read by Genius 10.4 and NegMAS) or a GeniusWeb JSON folder (domain + LinearAdditiveUtilitySpace
 * profiles). What the format cannot express is refused, every item at once, unless --lossy.
 */
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Option, type Command } from 'commander';
import { fail } from '../../core/index.ts';
import { loadDomainInput } from '../domain-input.ts';
import { printJson, println } from '../output.ts';
import { commandEntry } from './index.ts';

interface ExportCliOptions {
  format: 'genius' | 'geniusweb';
  out: string;
  lossy?: boolean;
  force?: boolean;
  json?: boolean;
}

export function register(program: Command): void {
  program
    .command('export')
    .description(commandEntry('export').description)
    .argument(
      '<input>',
      'a scenario file (.yaml, .yml, .json), a Genius folder, a GeniusWeb folder, or a built-in scenario id',
    )
    .addOption(
      new Option('--format <format>', 'genius (XML) or geniusweb (JSON)')
        .choices(['genius', 'geniusweb'])
        .makeOptionMandatory(),
    )
    .requiredOption('-o, --out <dir>', 'folder to write (created if missing)')
    .option(
      '--lossy',
      'export even what the format cannot express (red lines, interaction terms...): dropped and listed',
    )
    .option('--force', 'overwrite files already in the folder')
    .option('--json', 'print one JSON document (files written, notes) instead of the summary')
    .addHelpText(
      'after',
      `
Examples:
  commonground export us-mexico --format genius -o out/us-mexico --lossy
  commonground export test/fixtures/genius-domains/Camera --format geniusweb -o out/camera-web

Genius XML keeps reservation values and discount factors; the status quo goes into a comment of the
domain file (Genius has none; Common Ground reads it back), rationales and sources into comments.
GeniusWeb JSON needs weights summing to 1: other utilities are rescaled per party (same frontier,
Nash and Kalai-Smorodinsky outcomes; noted); a status quo becomes every profile's reservationBid.
Red lines, interaction terms and (GeniusWeb) hyper-rectangles or constants have no place in either
format: the export stops with every such item listed, or drops them with --lossy.`,
    )
    .action(async (input: string, opts: ExportCliOptions) => {
      // Exported as written (English), whatever the reader's language.
      const loaded = await loadDomainInput(input, undefined, 'en');
      const interop = await import('../../interop/index.ts');
      const hasRationales = loaded.scenario !== undefined;
      const { files, notes } =
        opts.format === 'genius'
          ? interop.exportGenius(loaded.domain, { lossy: opts.lossy, scenario: loaded.scenario, source: loaded.source })
          : interop.exportGeniusWeb(loaded.domain, { lossy: opts.lossy, hasRationales });
      const dir = opts.out;
      const clashing = files.map((f) => f.name).filter((name) => existsSync(path.join(dir, name)));
      if (clashing.length && !opts.force) fail('export_target_exists', { dir, files: clashing }, { file: dir });
      try {
        await mkdir(dir, { recursive: true });
        for (const f of files) await writeFile(path.join(dir, f.name), f.text, 'utf8');
      } catch (e) {
        fail('export_write_failed', { dir, reason: (e as NodeJS.ErrnoException).code ?? String(e) }, { file: dir });
      }
      if (opts.json) {
        printJson({ format: opts.format, source: loaded.source, dir, files: files.map((f) => f.name), notes });
        return;
      }
      println(
        `wrote ${files.length} files to ${dir} (${opts.format === 'genius' ? 'Genius XML' : 'GeniusWeb JSON'}): ${files.map((f) => f.name).join(', ')}`,
      );
      for (const note of notes) println(`note: ${note}`);
    });
}
