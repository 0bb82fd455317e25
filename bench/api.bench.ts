/**
 * API throughput and p99 latency of GET /api/scenarios/:id/analysis on loopback (autocannon),
 * with the per-version analysis cache and without it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import autocannon from 'autocannon';
import type { BenchContext } from './lib.ts';
import { buildApp } from '../src/server/app.ts';
import { openStore } from '../src/store/store.ts';
import { AnalysisCache } from '../src/server/scenario-service.ts';
import { loadScenarioText } from '../src/model/scenario-compile.ts';
import { tinyScenario } from '../src/server/fixtures.ts';
import type { Scenario } from '../src/model/scenario.ts';

const root = resolve(import.meta.dirname, '..');

function benchScenario(): { scenario: Scenario; label: string } {
  for (const f of ['north-america', 'us-mexico']) {
    const file = join(root, `scenarios/${f}.yaml`);
    if (existsSync(file)) return { scenario: loadScenarioText(readFileSync(file, 'utf8'), file).scenario, label: f };
  }
  return { scenario: tinyScenario(), label: 'tiny test fixture (no built-in scenario in this checkout)' };
}

export default async function (ctx: BenchContext): Promise<void> {
  const { scenario, label } = benchScenario();
  for (const cached of [true, false]) {
    const name = `GET analysis (${label}) ${cached ? 'cached' : 'uncached'}`;
    if (ctx.filter && !name.includes(ctx.filter)) continue;
    const store = await openStore(':memory:');
    const app = await buildApp({ store, logger: false, webRoot: null, services: cached ? {} : { analysisCache: new AnalysisCache(0) } });
    await app.services.scenarios.create({ id: scenario.id, name: scenario.name, document: scenario, origin: 'bench' });
    await app.listen({ host: '127.0.0.1', port: 0 });
    const addr = app.server.address() as { port: number };
    const url = `http://127.0.0.1:${addr.port}/api/scenarios/${scenario.id}/analysis`;
    await autocannon({ url, connections: 10, duration: 1 }); // warm-up
    const r = await autocannon({ url, connections: 20, pipelining: 1, duration: 8 });
    ctx.report({
      area: 'api',
      name,
      extra: {
        'req/s (mean)': Math.round(r.requests.average),
        'p50 ms': r.latency.p50,
        'p99 ms': r.latency.p99,
        errors: r.errors + r.non2xx,
        requests: r.requests.total,
      },
    });
    await app.close();
    await store.close();
  }
}
