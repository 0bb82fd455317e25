/**
 * `openStore(url)`: one typed Kysely handle plus repositories (frameworks, scenarios,
 * delegations, jobs, cooperation games), migrated on open.
 *
 * Within one process, every store opened on the same SQLite file shares one connection (and
 * Kysely's connection mutex), so in-process writers queue instead of blocking each other on
 * SQLite's file lock. Separate processes use separate connections and wait on the lock
 * (busy timeout). PostgreSQL stores each have their own pool.
 */
import type { Kysely } from 'kysely';
import { connect, parseTarget, type Connection, type ConnectOptions } from './connect.ts';
import { appDb } from './app-tables.ts';
import { CooperationGameRepo } from './cooperation-games.ts';
import { DelegationRepo } from './delegations.ts';
import { FrameworkRepository } from './frameworks.ts';
import { JobRepo } from './jobs.ts';
import { MediationRepo } from './mediations.ts';
import { ScenarioRepo } from './scenarios.ts';
import type { Database, Dialect } from './schema.ts';

export interface Store {
  readonly db: Kysely<Database>;
  readonly dialect: Dialect;
  readonly frameworks: FrameworkRepository;
  /** Stored negotiation scenarios (documents with versions). */
  readonly scenarios: ScenarioRepo;
  /** Per-party access tokens on a scenario (only their hashes are stored). */
  readonly delegations: DelegationRepo;
  /** Records of negotiation and cooperation runs. */
  readonly jobs: JobRepo;
  readonly cooperationGames: CooperationGameRepo;
  /** Confidential mediations: participants, private preferences, rounds, blind responses, timeline, audit log. */
  readonly mediations: MediationRepo;
  /** SQLite: `PRAGMA integrity_check` and `foreign_key_check` findings (empty = intact). PostgreSQL: orphan-row checks. */
  integrityCheck(): Promise<string[]>;
  close(): Promise<void>;
}

const shared = new Map<string, { conn: Promise<Connection>; refs: number }>();

export async function openStore(url: string, opts: ConnectOptions = {}): Promise<Store> {
  const target = parseTarget(url);
  let conn: Connection;
  let release: () => Promise<void>;
  if (target.dialect === 'sqlite' && target.location !== ':memory:') {
    let entry = shared.get(target.location);
    if (!entry) {
      entry = { conn: connect(url, opts), refs: 0 };
      shared.set(target.location, entry);
    }
    entry.refs++;
    try {
      conn = await entry.conn;
    } catch (e) {
      shared.delete(target.location);
      throw e;
    }
    const e = entry;
    release = async () => {
      if (--e.refs === 0) {
        shared.delete(target.location);
        await conn.db.destroy();
      }
    };
  } else {
    conn = await connect(url, opts);
    release = () => conn.db.destroy();
  }
  let closed = false;
  const app = appDb(conn.db);
  return {
    db: conn.db,
    dialect: conn.dialect,
    frameworks: new FrameworkRepository(conn.db, conn.dialect),
    scenarios: new ScenarioRepo(app),
    delegations: new DelegationRepo(app),
    jobs: new JobRepo(app),
    cooperationGames: new CooperationGameRepo(app),
    mediations: new MediationRepo(app),
    async integrityCheck() {
      if (conn.sqlite) {
        const rows = conn.sqlite.pragma('integrity_check') as { integrity_check: string }[];
        const problems = rows.map((r) => r.integrity_check).filter((s) => s !== 'ok');
        const fks = conn.sqlite.pragma('foreign_key_check') as { table: string; rowid: number; parent: string }[];
        return [...problems, ...fks.map((f) => `foreign key: ${f.table} row ${f.rowid} has no parent in ${f.parent}`)];
      }
      return orphanChecks(conn.db);
    },
    async close() {
      if (closed) return;
      closed = true;
      await release();
    },
  };
}

/** PostgreSQL enforces foreign keys itself; this double-checks the parent links the tracker relies on. */
async function orphanChecks(db: Kysely<Database>): Promise<string[]> {
  const out: string[] = [];
  const a = await db
    .selectFrom('indicator_actuals as a')
    .leftJoin('indicators as i', 'i.key', 'a.indicator_key')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('i.key', 'is', null)
    .executeTakeFirstOrThrow();
  if (Number(a.n) > 0) out.push(`${a.n} actuals without an indicator`);
  const i = await db
    .selectFrom('indicators as i')
    .leftJoin('frameworks as f', 'f.id', 'i.framework_id')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('f.id', 'is', null)
    .executeTakeFirstOrThrow();
  if (Number(i.n) > 0) out.push(`${i.n} indicators without a framework`);
  return out;
}
