/**
 * Test helpers (Node only; tests, benchmarks and e2e): where the reference data copied into the
 * repository lives. `test/fixtures/` holds byte-identical copies of upstream data (Genius/ANAC
 * domains, Axelrod and equilibrium vectors, IATI files, sourced indicators, the policy brief), each
 * folder with a PROVENANCE.md; test/fixtures/SHA256SUMS records every copied file.
 */
import path from 'node:path';
import { PROJECT_ROOT } from './project.node.ts';

/** `test/fixtures` inside the project. */
export const FIXTURES = path.join(PROJECT_ROOT, 'test/fixtures');

/** A path inside `test/fixtures`, e.g. `fixture('genius-domains', 'Laptop')`. */
export function fixture(...parts: string[]): string {
  return path.join(FIXTURES, ...parts);
}

export { englishLeaks, englishWords, leakFinder, type Leak, type LeakOptions } from './english-leaks.ts';
