/**
 * The model is written once, as zod schemas (model.ts): the normalised form every reader produces
 * must be exactly what `FrameworkSchema` describes (the type the code uses and the shape the HTTP
 * API sends), and the file format reads that form back unchanged (so `PUT /api/frameworks/{id}`
 * takes what `GET` returns).
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../core/node.ts';
import { frameworkFromData } from './file.ts';
import { readFrameworkFile } from './file.node.ts';
import { FrameworkSchema, type Framework } from './model.ts';
import { syntheticFramework } from './testing/synthetic.ts';
import { tinyFramework } from './testing/fixtures.ts';

const dir = path.join(PROJECT_ROOT, 'scenarios/frameworks');
const builtIns = readdirSync(dir).filter((f) => f.endsWith('.yaml'));

/** Every object in `v` (depth first), to assert on the model's fields at every level. */
function* objects(v: unknown): Generator<Record<string, unknown>> {
  if (Array.isArray(v)) for (const x of v) yield* objects(x);
  else if (v && typeof v === 'object') {
    yield v as Record<string, unknown>;
    for (const x of Object.values(v)) yield* objects(x);
  }
}

function expectExactlyTheModel(fw: Framework): void {
  // Parsing strips fields the schema does not name and fails on missing or mistyped ones, so an
  // equal result means the normalised form has exactly the model's fields.
  expect(FrameworkSchema.parse(fw)).toEqual(fw);
  // Optional fields are left out, never present as undefined (so models compare equal however built).
  const undefinedFields = [...objects(fw)].flatMap((o) => Object.keys(o).filter((k) => o[k] === undefined));
  expect(undefinedFields).toEqual([]);
}

describe('the framework model schema', () => {
  it.each(builtIns)(
    'describes exactly the normalised form of %s, which the file format reads back unchanged',
    async (file) => {
      const fw = await readFrameworkFile(path.join(dir, file));
      expect(fw.areas.length).toBeGreaterThan(0);
      expectExactlyTheModel(fw);
      expect(frameworkFromData(fw)).toEqual(fw);
    },
  );

  it('describes synthetic frameworks with every period form, budget and linkage', () => {
    for (const seed of [1, 2, 3]) {
      const fw = syntheticFramework({ seed, indicators: 30, actualsPerIndicator: 3, mode: 'varied', actions: 8 });
      expectExactlyTheModel(fw);
      expect(frameworkFromData(fw)).toEqual(fw);
    }
  });

  it('refuses an object that is not the model (a missing field, a wrong enum value)', () => {
    const fw = tinyFramework();
    const { startDateIsPlanned: _drop, ...missing } = fw;
    expect(FrameworkSchema.safeParse(missing).success).toBe(false);
    expect(FrameworkSchema.safeParse({ ...fw, status: 'approved' }).success).toBe(false);
    expect(FrameworkSchema.safeParse(fw).success).toBe(true);
  });
});
