/**
 * Robustness runs over HTTP: a run on a stored scenario gives the library's document for the same
 * settings, streams partial estimates as job items (the last one equal to the final shares), runs
 * on the job pool with the same result, is cached per scenario version and settings, and bad
 * settings are a 400 naming the field with no job stored.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { testApp, json, settle, type TestApp } from '../test-support.ts';
import { tinyScenario } from '../fixtures.ts';
import { robustnessInput, robustnessJson, runRobustness } from '../../analysis/index.ts';
import { applyUncertainty, compileScenario, parseUncertaintySetting, preferencesOf } from '../../model/index.ts';

const roundTrip = (x: unknown) => JSON.parse(JSON.stringify(x));

let app: TestApp;
afterEach(async () => app?.closeAll());

async function withTiny(opts: Parameters<typeof testApp>[0] = {}) {
  app = await testApp(opts);
  const res = await app.inject({ method: 'POST', url: '/api/scenarios', payload: tinyScenario() });
  expect(res.statusCode, res.body).toBe(201);
}

const post = (payload: unknown, id = 'tiny') =>
  app.inject({ method: 'POST', url: `/api/scenarios/${id}/robustness`, payload: payload as object });

async function run(payload: Record<string, unknown>) {
  const res = await post(payload);
  expect(res.statusCode, res.body).toBe(202);
  expect(res.headers.location).toBe(`/api/jobs/${json(res).id}`);
  expect(json(res)).toMatchObject({ kind: 'robustness', scenarioId: 'tiny' });
  return settle(app, json(res).id);
}

/** The library's document for the tiny scenario and these settings. */
function expected(samples: number, seed: number, uncertainty?: string) {
  const scenario = tinyScenario();
  const model = preferencesOf(compileScenario(scenario), scenario);
  const applied = applyUncertainty(model, scenario, uncertainty ? parseUncertaintySetting(uncertainty) : {});
  return roundTrip(robustnessJson(runRobustness(robustnessInput(model, applied, { samples, seed }))));
}

describe('robustness runs as jobs', () => {
  it('give the library’s document, with partial estimates streamed every tenth of the run', async () => {
    await withTiny();
    const job = await run({ samples: 1000, seed: 7, uncertainty: 'weights=±40%' });
    expect(job.status, JSON.stringify(job.error)).toBe('succeeded');
    expect(job.result).toEqual(expected(1000, 7, 'weights=±40%'));
    expect(job.params).toMatchObject({ samples: 1000, seed: 7, uncertainty: 'weights=±40%', version: 1 });
    // 8 chunks of 125 samples: a partial estimate at each new tenth (125 -> 1st, 250 -> 2nd, ...).
    const items = job.items as { samples: number; of: number }[];
    expect(items.length).toBeGreaterThanOrEqual(8);
    expect(items.map((i) => i.samples)).toEqual([...items.map((i) => i.samples)].sort((a, b) => a - b));
    expect(items.every((i) => i.of === 1000)).toBe(true);
    const last = job.items.at(-1);
    expect(last.samples).toBe(1000);
    expect(last.dealShare).toEqual(job.result.dealShare);
    const { noneWorse: _n, ...beats } = job.result.linkageBeatsDelinked;
    expect(last.linkageBeatsDelinked).toEqual(beats);
    expect(last.optionFrequencies.ops.joint.probability).toBe(job.result.optionFrequencies.ops.joint);
    expect(job.result.findings.length).toBeGreaterThan(0);
  });

  it('run on the job pool with the same result as in the server’s thread', async () => {
    await withTiny({ workers: 2 });
    const job = await run({ samples: 500, seed: 2 });
    expect(job.status, JSON.stringify(job.error)).toBe('succeeded');
    expect(job.result).toEqual(expected(500, 2));
  });

  it('are cached per scenario version and settings', async () => {
    await withTiny();
    const first = await run({ samples: 300, seed: 4 });
    expect(first.message).toBe('done');
    const again = await run({ samples: 300, seed: 4 });
    expect(again.message).toMatch(/^cached result/);
    expect(again.result).toEqual(first.result);
    expect(again.items).toEqual([]);
    // Another seed is another run.
    expect((await run({ samples: 300, seed: 5 })).message).toBe('done');
    // A new version of the scenario is another run too.
    const changed = tinyScenario();
    changed.parties[0].weights.ops.weight = 0.4;
    const put = await app.inject({ method: 'PUT', url: '/api/scenarios/tiny', payload: { document: changed } });
    expect(put.statusCode, put.body).toBe(200);
    const fresh = await run({ samples: 300, seed: 4 });
    expect(fresh.message).toBe('done');
    expect(fresh.params.version).toBe(2);
  });

  it('refuse bad settings with a 400 naming the field, and store no job', async () => {
    await withTiny();
    const cases: [unknown, (string | number)[]][] = [
      [{ samples: 0 }, ['body', 'samples']],
      [{ samples: 10_000_000 }, ['body', 'samples']],
      [{ samples: 2.5 }, ['body', 'samples']],
      [{ seed: -1 }, ['body', 'seed']],
      [{ baseline: 'sometimes' }, ['body', 'baseline']],
      [{ colour: 'blue' }, ['body']],
      [{ uncertainty: 'weights=±lots' }, ['body', 'uncertainty']],
      [{ uncertainty: 'zz.weights.guns=1..2' }, ['body', 'uncertainty']],
      [{ uncertainty: 'us.weights.guns=0.5..0.1' }, ['body', 'uncertainty']],
      [{ uncertainty: { weights: { spread: '±150%' } } }, ['body', 'uncertainty']],
      [{ statusQuo: 'guns=never' }, ['body', 'statusQuo']],
    ];
    for (const [payload, where] of cases) {
      const res = await post(payload);
      expect(res.statusCode, JSON.stringify(payload)).toBe(400);
      const problems = json(res).errors as { path: (string | number)[]; message: string }[];
      expect(
        problems.some((p) => where.every((seg, i) => p.path[i] === seg)),
        `${JSON.stringify(payload)}: ${res.body}`,
      ).toBe(true);
    }
    expect(json(await app.inject({ method: 'GET', url: '/api/jobs?kind=robustness' })).jobs).toEqual([]);
    expect((await post({}, 'nowhere')).statusCode).toBe(404);
  });

  it('can be cancelled while running', async () => {
    await withTiny();
    const res = await post({ samples: 100_000, sensitivity: false });
    expect(res.statusCode).toBe(202);
    const id = json(res).id;
    expect((await app.inject({ method: 'DELETE', url: `/api/jobs/${id}` })).statusCode).toBe(202);
    const job = await settle(app, id);
    expect(job.status).toBe('cancelled');
  });
});
