import { execFileSync } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import { testApp, json, settle } from '../test-support.ts';
import { memoStudy, RobustnessCache } from '../robustness-run.ts';
import { tinyScenario } from '../fixtures.ts';
import { externalReferences, htmlParseErrors } from '../../report/testing.ts';
import path from 'node:path';
import { localizeFramework, readFrameworkFile } from '../../framework/node.ts';
import { SCENARIOS_DIR } from '../../model/node.ts';

let app: Awaited<ReturnType<typeof testApp>>;
afterEach(async () => app?.closeAll());

/** The tiny scenario with Mexico's private numbers and rationales marked. */
function secretScenario() {
  const s = tinyScenario();
  const mx = s.parties[1];
  for (const w of Object.values(mx.weights)) Object.assign(w, { weight: 0.777, rationale: 'MX-SECRET weight' });
  for (const v of Object.values(mx.values)) Object.assign(v, { rationale: 'MX-SECRET values' });
  return s;
}

async function setup() {
  app = await testApp({ auth: { adminTokens: ['admin'] } });
  const owner = { authorization: 'Bearer admin' };
  expect(
    (await app.inject({ method: 'POST', url: '/api/scenarios', headers: owner, payload: secretScenario() })).statusCode,
  ).toBe(201);
  const us = json(
    await app.inject({
      method: 'POST',
      url: '/api/scenarios/tiny/delegations',
      headers: owner,
      payload: { partyId: 'us' },
    }),
  );
  return { owner, us: { authorization: `Bearer ${us.token}` } };
}

describe('GET .../report', () => {
  it("gives the owner the full memo, and a delegation a memo without the other party's private numbers", async () => {
    const { owner, us } = await setup();
    const url = '/api/scenarios/tiny/report?lang=en&date=2026-12-03';
    const full = await app.inject({ method: 'GET', url, headers: owner });
    expect(full.statusCode).toBe(200);
    expect(full.headers['content-type']).toMatch(/^text\/html/);
    expect(full.headers['content-disposition']).toContain('tiny-memo.en.html');
    expect(htmlParseErrors(full.body)).toEqual([]);
    expect(externalReferences(full.body)).toEqual([]);
    expect(full.body).toContain('MX-SECRET');
    expect(full.body).toContain('<svg');
    // Same request, same bytes.
    expect((await app.inject({ method: 'GET', url, headers: owner })).body === full.body).toBe(true);

    const mine = await app.inject({ method: 'GET', url, headers: us });
    expect(mine.statusCode).toBe(200);
    expect(mine.body).not.toContain('MX-SECRET');
    expect(mine.body).not.toContain('0.78');
    expect(mine.body).not.toContain('<svg');
    expect(mine.body).toContain('Prepared for the United States delegation');
  });

  it('shows the robustness study of the scenario version once one was run, never to a delegation', async () => {
    const { owner, us } = await setup();
    const url = '/api/scenarios/tiny/report?lang=en&date=2026-12-03';
    expect((await app.inject({ method: 'GET', url, headers: owner })).body).not.toContain('id="robustness"');
    const started = await app.inject({
      method: 'POST',
      url: '/api/scenarios/tiny/robustness',
      headers: owner,
      payload: { samples: 200, seed: 5 },
    });
    expect(started.statusCode, started.body).toBe(202);
    const job = await settle(app, json(started).id, owner);
    expect(job.status).toBe('succeeded');
    const full = (await app.inject({ method: 'GET', url, headers: owner })).body;
    expect(full).toContain('id="robustness"');
    expect(full).toContain('200 plausible preference sets were drawn at random (seed 5)');
    const share = job.result.linkageBeatsDelinked.byParty.us.probability as number;
    expect(full).toMatch(new RegExp(`<td>United States</td><td class="num">${Math.round(share * 100)} %</td>`));
    const mine = (await app.inject({ method: 'GET', url, headers: us })).body;
    expect(mine).not.toContain('id="robustness"');
    expect(mine).not.toContain('plausible preference sets');
    // A restarted server (empty cache) finds the stored job; another version has no study.
    const stored = await memoStudy(new RobustnessCache(), app.services.jobRepo, { id: 'tiny', version: 1 });
    expect(stored).toEqual(job.result);
    expect(await memoStudy(new RobustnessCache(), app.services.jobRepo, { id: 'tiny', version: 2 })).toBeNull();
  });

  it('speaks the language asked for, by query or Accept-Language', async () => {
    const { owner } = await setup();
    const es = await app.inject({
      method: 'GET',
      url: '/api/scenarios/tiny/report?date=2026-12-03',
      headers: { ...owner, 'accept-language': 'es-MX' },
    });
    expect(es.body).toContain('Memorando del escenario');
    expect(es.body).toContain('<html lang="es">');
  });

  it('reports bad input and unknown ids as problems, and a missing Chromium as 503 for the PDF only', async () => {
    const { owner } = await setup();
    const bad = await app.inject({ method: 'GET', url: '/api/scenarios/tiny/report?format=docx', headers: owner });
    expect(bad.statusCode).toBe(400);
    expect((await app.inject({ method: 'GET', url: '/api/scenarios/nope/report', headers: owner })).statusCode).toBe(
      404,
    );
    expect((await app.inject({ method: 'GET', url: '/api/jobs/nope/report', headers: owner })).statusCode).toBe(404);
    const before = process.env.CG_CHROMIUM;
    process.env.CG_CHROMIUM = '/nonexistent/chromium';
    try {
      const pdf = await app.inject({ method: 'GET', url: '/api/scenarios/tiny/report?format=pdf', headers: owner });
      expect(pdf.statusCode).toBe(503);
      expect(json(pdf).code).toBe('pdf_browser_missing');
      expect((await app.inject({ method: 'GET', url: '/api/scenarios/tiny/report', headers: owner })).statusCode).toBe(
        200,
      );
    } finally {
      if (before === undefined) delete process.env.CG_CHROMIUM;
      else process.env.CG_CHROMIUM = before;
    }
  });

  it('prints PDFs with one Chromium kept open, closed when the server closes', async () => {
    const { owner } = await setup();
    /** Chromium browsers this process started (playwright spawns the browser as a direct child). */
    const browsers = () =>
      execFileSync('ps', ['-o', 'comm=', '--ppid', String(process.pid)], { encoding: 'utf8' })
        .split('\n')
        .filter((c) => /chrom/i.test(c)).length;
    expect(browsers()).toBe(0);
    const urls = ['/api/scenarios/tiny/report?format=pdf', '/api/scenarios/tiny/report?format=pdf&lang=es'];
    const pdfs = await Promise.all(urls.map((url) => app.inject({ method: 'GET', url, headers: owner })));
    for (const pdf of pdfs) {
      expect(pdf.statusCode).toBe(200);
      expect(pdf.headers['content-type']).toBe('application/pdf');
      expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    }
    const again = await app.inject({ method: 'GET', url: urls[0], headers: owner });
    expect(again.statusCode).toBe(200);
    expect(browsers()).toBe(1);
    await app.close();
    expect(browsers()).toBe(0);
  });

  it('reports a finished negotiation run with the utilities it computed', async () => {
    const { owner } = await setup();
    const started = json(
      await app.inject({
        method: 'POST',
        url: '/api/negotiation/sessions',
        headers: owner,
        payload: { scenarioId: 'tiny', agents: ['boulware', 'conceder'], rounds: 30 },
      }),
    );
    let job = started;
    for (let i = 0; i < 200 && (job.status === 'queued' || job.status === 'running'); i++) {
      await new Promise((r) => setTimeout(r, 50));
      job = json(await app.inject({ method: 'GET', url: `/api/jobs/${started.id}`, headers: owner }));
    }
    expect(job.status).toBe('succeeded');
    const res = await app.inject({ method: 'GET', url: `/api/jobs/${job.id}/report?date=2026-12-03`, headers: owner });
    expect(res.statusCode).toBe(200);
    expect(htmlParseErrors(res.body)).toEqual([]);
    expect(res.body).toContain('Negotiation report: Tiny test scenario');
    // Final utilities as the run computed them.
    for (const id of job.result.parties) expect(res.body).toContain(job.result.utilities[id].toFixed(3));
  });

  it('reports a stored framework in Spanish from the translations stored with it', async () => {
    const { owner } = await setup();
    const fw = await readFrameworkFile(path.join(SCENARIOS_DIR, 'frameworks', 'north-american.yaml'));
    await app.store.frameworks.save(fw);
    const es = localizeFramework(fw, 'es');
    expect(es.name).not.toBe(fw.name);
    const res = await app.inject({
      method: 'GET',
      url: '/api/frameworks/north-american/report?lang=es&date=2026-12-03',
      headers: owner,
    });
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain(`<title>Informe del marco: ${es.name}</title>`);
    expect(res.body).toContain(es.areas[0].objectives[0].title);
    expect(res.body).not.toContain(fw.areas[0].objectives[0].title);
  });
});
