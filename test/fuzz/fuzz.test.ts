/**
 * Property: no reader and no HTTP route crashes on hostile input. Every input is accepted or
 * refused as bad input (a CgError with exit code 2 and a 4xx status; an HTTP 4xx problem), never
 * another exception or a 5xx. Seeded and small here; `npm run fuzz` runs the long version.
 * FUZZ_SEED and FUZZ_RUNS override the seed and the cases per target (a failure prints both).
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fuzzApp, HTTP_ARBITRARY, READERS, runHttp, type Outcome } from './targets.ts';
import type { TestApp } from '../../src/server/testing.ts';

const seed = Number(process.env.FUZZ_SEED ?? 20261203);
const numRuns = Number(process.env.FUZZ_RUNS ?? 40);

function noCrash(o: Outcome): boolean {
  if (o.kind === 'crash') throw new Error(o.error);
  return true;
}

describe('readers never crash on hostile input (seeded property)', () => {
  it.each(READERS.map((t) => [t.name, t] as const))('%s', async (_name, target) => {
    await fc.assert(
      fc.asyncProperty(target.arbitrary, async (c) => noCrash(await target.run(c))),
      { seed, numRuns },
    );
  });

  it('the generators reach both outcomes (the property is not vacuous)', async () => {
    for (const target of READERS) {
      const kinds = new Set<string>();
      for (const c of fc.sample(target.arbitrary, { seed, numRuns: 60 })) kinds.add((await target.run(c)).kind);
      expect([target.name, kinds.has('refused')]).toEqual([target.name, true]);
    }
  });
});

describe('HTTP routes never answer 5xx to hostile bodies (seeded property, in-process)', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await fuzzApp();
  });
  afterAll(() => app.closeAll());

  it('every route, right and wrong content types, good and bad multipart boundaries', async () => {
    await fc.assert(
      fc.asyncProperty(HTTP_ARBITRARY, async (c) => noCrash(await runHttp(app, c))),
      { seed, numRuns: numRuns * 3 },
    );
  });
});
