import { createRequire as __cr } from "module"; const require = __cr(import.meta.url);
import {
  actionStart,
  auditFramework,
  budgetReport,
  clean,
  countFramework,
  indicatorProgress,
  jointShare,
  parsePeriod,
  planAttach,
  summarize,
  validateFramework,
  walkIndicators
} from "./chunk-ALJ4VKOA.js";
import "./chunk-RGWUEVWY.js";
import {
  CgError
} from "./chunk-KZ6JZQI3.js";

// src/store/connect.ts
import { accessSync, constants, mkdirSync, statSync } from "node:fs";
import path from "node:path";
import {
  CompiledQuery,
  Kysely,
  sql,
  Migrator,
  PostgresDialect,
  SqliteDialect,
  SqliteDriver
} from "kysely";

// src/store/migrations/0001_framework.ts
function frameworkTables(dialect) {
  const serial = dialect === "postgres" ? "serial" : "integer";
  const num = "double precision";
  return {
    async up(db) {
      await db.schema.createTable("frameworks").addColumn("id", "text", (c) => c.primaryKey()).addColumn("name", "text", (c) => c.notNull()).addColumn("description", "text").addColumn("status", "text", (c) => c.notNull()).addColumn("start_date", "text").addColumn("start_date_planned", "integer", (c) => c.notNull().defaultTo(0)).addColumn("scenario", "text").addColumn("source_json", "text").addColumn("reporting_org_json", "text").addColumn("parties_json", "text", (c) => c.notNull()).addColumn("notes_json", "text", (c) => c.notNull()).addColumn("exchange_rates_json", "text", (c) => c.notNull()).addColumn("version", "integer", (c) => c.notNull().defaultTo(1)).addColumn("created_at", "text", (c) => c.notNull()).addColumn("updated_at", "text", (c) => c.notNull()).execute();
      const fk = (table, t) => t.addForeignKeyConstraint(
        `fk_${table}_fw`,
        ["framework_id"],
        "frameworks",
        ["id"],
        (cb) => cb.onDelete("cascade")
      );
      await fk(
        "areas",
        db.schema.createTable("areas").addColumn("framework_id", "text", (c) => c.notNull()).addColumn("id", "text", (c) => c.notNull()).addColumn("position", "integer", (c) => c.notNull()).addColumn("name", "text", (c) => c.notNull()).addColumn("description", "text").addColumn("source_json", "text").addPrimaryKeyConstraint("pk_areas", ["framework_id", "id"])
      ).execute();
      await fk(
        "objectives",
        db.schema.createTable("objectives").addColumn("framework_id", "text", (c) => c.notNull()).addColumn("id", "text", (c) => c.notNull()).addColumn("area_id", "text", (c) => c.notNull()).addColumn("position", "integer", (c) => c.notNull()).addColumn("title", "text", (c) => c.notNull()).addColumn("description", "text").addColumn("owner_parties_json", "text", (c) => c.notNull()).addColumn("linked_issues_json", "text", (c) => c.notNull()).addColumn("source_json", "text").addPrimaryKeyConstraint("pk_objectives", ["framework_id", "id"]).addForeignKeyConstraint(
          "fk_objectives_area",
          ["framework_id", "area_id"],
          "areas",
          ["framework_id", "id"],
          (cb) => cb.onDelete("cascade")
        )
      ).execute();
      await fk(
        "results",
        db.schema.createTable("results").addColumn("framework_id", "text", (c) => c.notNull()).addColumn("id", "text", (c) => c.notNull()).addColumn("objective_id", "text", (c) => c.notNull()).addColumn("position", "integer", (c) => c.notNull()).addColumn("type", "text", (c) => c.notNull()).addColumn("title", "text", (c) => c.notNull()).addColumn("description", "text").addPrimaryKeyConstraint("pk_results", ["framework_id", "id"]).addForeignKeyConstraint(
          "fk_results_objective",
          ["framework_id", "objective_id"],
          "objectives",
          ["framework_id", "id"],
          (cb) => cb.onDelete("cascade")
        )
      ).execute();
      await fk(
        "indicators",
        db.schema.createTable("indicators").addColumn("key", serial, (c) => dialect === "postgres" ? c.primaryKey() : c.primaryKey().autoIncrement()).addColumn("framework_id", "text", (c) => c.notNull()).addColumn("id", "text", (c) => c.notNull()).addColumn("result_id", "text", (c) => c.notNull()).addColumn("position", "integer", (c) => c.notNull()).addColumn("name", "text", (c) => c.notNull()).addColumn("description", "text").addColumn("unit", "text", (c) => c.notNull()).addColumn("measure", "text", (c) => c.notNull()).addColumn("higher_is_better", "integer", (c) => c.notNull()).addColumn("dataset_id", "text").addColumn("dataset_country", "text").addColumn("baseline_json", "text").addUniqueConstraint("uq_indicators_id", ["framework_id", "id"]).addForeignKeyConstraint(
          "fk_indicators_result",
          ["framework_id", "result_id"],
          "results",
          ["framework_id", "id"],
          (cb) => cb.onDelete("cascade")
        )
      ).execute();
      await db.schema.createIndex("ix_indicators_dataset").on("indicators").columns(["dataset_id", "dataset_country"]).execute();
      await db.schema.createTable("indicator_targets").addColumn("indicator_key", "integer", (c) => c.notNull().references("indicators.key").onDelete("cascade")).addColumn("position", "integer", (c) => c.notNull()).addColumn("period", "text", (c) => c.notNull()).addColumn("value", num, (c) => c.notNull()).addColumn("proposed", "integer", (c) => c.notNull()).addColumn("rationale", "text").addColumn("source_json", "text").addPrimaryKeyConstraint("pk_indicator_targets", ["indicator_key", "position"]).execute();
      await db.schema.createTable("indicator_actuals").addColumn("id", serial, (c) => dialect === "postgres" ? c.primaryKey() : c.primaryKey().autoIncrement()).addColumn("indicator_key", "integer", (c) => c.notNull().references("indicators.key").onDelete("cascade")).addColumn("period", "text", (c) => c.notNull()).addColumn("period_start", "text").addColumn("period_end", "text").addColumn("placeable", "integer", (c) => c.notNull()).addColumn("value", num, (c) => c.notNull()).addColumn("source_title", "text", (c) => c.notNull()).addColumn("source_url", "text").addColumn("quality", "text", (c) => c.notNull()).addColumn("qualifier", "text", (c) => c.notNull()).addColumn("note", "text").addUniqueConstraint("uq_indicator_actuals_period", ["indicator_key", "period"]).execute();
      await db.schema.createIndex("ix_actuals_latest").on("indicator_actuals").columns(["indicator_key", "placeable", "period_end", "period_start", "id"]).execute();
      await fk(
        "actions",
        db.schema.createTable("actions").addColumn("framework_id", "text", (c) => c.notNull()).addColumn("id", "text", (c) => c.notNull()).addColumn("objective_id", "text", (c) => c.notNull()).addColumn("position", "integer", (c) => c.notNull()).addColumn("title", "text", (c) => c.notNull()).addColumn("description", "text").addColumn("joint", "integer", (c) => c.notNull()).addColumn("status", "text", (c) => c.notNull()).addColumn("planned_start", "text").addColumn("actual_start", "text").addColumn("planned_end", "text").addColumn("actual_end", "text").addColumn("start_date", "text").addColumn("source_json", "text").addPrimaryKeyConstraint("pk_actions", ["framework_id", "id"]).addForeignKeyConstraint(
          "fk_actions_objective",
          ["framework_id", "objective_id"],
          "objectives",
          ["framework_id", "id"],
          (cb) => cb.onDelete("cascade")
        )
      ).execute();
      for (const [table, cols] of [
        [
          "action_actors",
          (t) => t.addColumn("agency", "text", (c) => c.notNull()).addColumn("party", "text", (c) => c.notNull()).addColumn("role", "text", (c) => c.notNull())
        ],
        [
          "budgets",
          (t) => t.addColumn("status", "text", (c) => c.notNull()).addColumn("amount", num, (c) => c.notNull()).addColumn("currency", "text", (c) => c.notNull()).addColumn("party", "text", (c) => c.notNull()).addColumn("period", "text").addColumn("period_start", "text", (c) => c.notNull()).addColumn("period_end", "text", (c) => c.notNull()).addColumn("value_date", "text", (c) => c.notNull()).addColumn("basis", "text", (c) => c.notNull()).addColumn("source_json", "text").addColumn("rationale", "text").addColumn("note", "text")
        ],
        [
          "disbursements",
          (t) => t.addColumn("amount", num, (c) => c.notNull()).addColumn("currency", "text", (c) => c.notNull()).addColumn("party", "text", (c) => c.notNull()).addColumn("date", "text", (c) => c.notNull()).addColumn("value_date", "text", (c) => c.notNull()).addColumn("source_json", "text").addColumn("note", "text")
        ]
      ]) {
        const base = db.schema.createTable(table).addColumn("framework_id", "text", (c) => c.notNull()).addColumn("action_id", "text", (c) => c.notNull()).addColumn("position", "integer", (c) => c.notNull());
        await fk(
          table,
          cols(base).addPrimaryKeyConstraint(`pk_${table}`, ["framework_id", "action_id", "position"]).addForeignKeyConstraint(
            `fk_${table}_action`,
            ["framework_id", "action_id"],
            "actions",
            ["framework_id", "id"],
            (cb) => cb.onDelete("cascade")
          )
        ).execute();
      }
      await fk(
        "linkages",
        db.schema.createTable("linkages").addColumn("framework_id", "text", (c) => c.notNull()).addColumn("id", "text", (c) => c.notNull()).addColumn("position", "integer", (c) => c.notNull()).addColumn("party", "text", (c) => c.notNull()).addColumn("commits", "text", (c) => c.notNull()).addColumn("counterparty", "text", (c) => c.notNull()).addColumn("in_exchange_for", "text", (c) => c.notNull()).addColumn("scenario", "text", (c) => c.notNull()).addColumn("issues_json", "text", (c) => c.notNull()).addColumn("options_json", "text", (c) => c.notNull()).addColumn("objectives_json", "text", (c) => c.notNull()).addColumn("rationale", "text").addColumn("source_json", "text").addPrimaryKeyConstraint("pk_linkages", ["framework_id", "id"])
      ).execute();
    },
    async down(db) {
      for (const t of [
        "linkages",
        "disbursements",
        "budgets",
        "action_actors",
        "actions",
        "indicator_actuals",
        "indicator_targets",
        "indicators",
        "results",
        "objectives",
        "areas",
        "frameworks"
      ]) {
        await db.schema.dropTable(t).ifExists().execute();
      }
    }
  };
}

// src/store/migrations/0002_app.ts
function appTables(dialect) {
  const num = dialect === "postgres" ? "double precision" : "real";
  return {
    async up(db) {
      await db.schema.createTable("app_meta").addColumn("key", "text", (c) => c.primaryKey()).addColumn("value", "text", (c) => c.notNull()).execute();
      await db.schema.createTable("scenarios").addColumn("id", "text", (c) => c.primaryKey()).addColumn("name", "text", (c) => c.notNull()).addColumn("description", "text", (c) => c.notNull().defaultTo("")).addColumn("document", "text", (c) => c.notNull()).addColumn("origin", "text", (c) => c.notNull()).addColumn("version", "integer", (c) => c.notNull().defaultTo(1)).addColumn("created_at", "text", (c) => c.notNull()).addColumn("updated_at", "text", (c) => c.notNull()).execute();
      await db.schema.createTable("jobs").addColumn("id", "text", (c) => c.primaryKey()).addColumn("kind", "text", (c) => c.notNull()).addColumn("status", "text", (c) => c.notNull()).addColumn("scenario_id", "text").addColumn("principal", "text", (c) => c.notNull().defaultTo("owner")).addColumn("params", "text", (c) => c.notNull()).addColumn("progress", num, (c) => c.notNull().defaultTo(0)).addColumn("message", "text").addColumn("result", "text").addColumn("error", "text").addColumn("created_at", "text", (c) => c.notNull()).addColumn("started_at", "text").addColumn("finished_at", "text").execute();
      await db.schema.createIndex("jobs_status_idx").on("jobs").column("status").execute();
      await db.schema.createIndex("jobs_created_idx").on("jobs").column("created_at").execute();
      await db.schema.createTable("delegations").addColumn("id", "text", (c) => c.primaryKey()).addColumn("scenario_id", "text", (c) => c.notNull().references("scenarios.id").onDelete("cascade")).addColumn("party_id", "text", (c) => c.notNull()).addColumn("label", "text", (c) => c.notNull()).addColumn("token_hash", "text", (c) => c.notNull().unique()).addColumn("created_at", "text", (c) => c.notNull()).execute();
      await db.schema.createIndex("delegations_scenario_idx").on("delegations").column("scenario_id").execute();
      await db.schema.createTable("cooperation_games").addColumn("id", "text", (c) => c.primaryKey()).addColumn("title", "text", (c) => c.notNull()).addColumn("document", "text", (c) => c.notNull()).addColumn("origin", "text", (c) => c.notNull()).addColumn("version", "integer", (c) => c.notNull().defaultTo(1)).addColumn("created_at", "text", (c) => c.notNull()).addColumn("updated_at", "text", (c) => c.notNull()).execute();
    },
    async down(db) {
      for (const t of ["cooperation_games", "delegations", "jobs", "scenarios", "app_meta"])
        await db.schema.dropTable(t).execute();
    }
  };
}

// src/store/migrations/index.ts
var MIGRATIONS = [
  ["0001_framework", frameworkTables],
  ["0002_app", appTables]
];
function migrationProvider(dialect, list = MIGRATIONS) {
  return {
    async getMigrations() {
      return Object.fromEntries(list.map(([name, f]) => [name, f(dialect)]));
    }
  };
}

// src/store/connect.ts
var DEFAULT_SQLITE_PATH = "./data/commonground.db";
function resolveDbUrl(flag, env = process.env) {
  return flag ?? (env.DATABASE_URL || DEFAULT_SQLITE_PATH);
}
function parseTarget(url) {
  if (/^postgres(ql)?:\/\//i.test(url)) {
    let u;
    try {
      u = new URL(url);
    } catch {
      throw new CgError({
        code: "invalid_database_url",
        path: [],
        message: `not a valid PostgreSQL URL: ${url.replace(/\/\/[^@]*@/, "//***@")}`
      });
    }
    const schema = u.searchParams.get("schema") ?? void 0;
    if (schema !== void 0 && !/^[a-z_][a-z0-9_]{0,62}$/.test(schema)) {
      throw new CgError({
        code: "invalid_database_url",
        path: ["schema"],
        message: `schema must be a lower-case SQL identifier, got "${schema}"`
      });
    }
    u.searchParams.delete("schema");
    return { dialect: "postgres", location: u.toString(), schema };
  }
  const file = url.replace(/^sqlite:(\/\/)?/i, "");
  if (file === "") throw new CgError({ code: "invalid_database_url", path: [], message: "empty database path" });
  return { dialect: "sqlite", location: file === ":memory:" ? file : path.resolve(file) };
}
var ImmediateSqliteDriver = class extends SqliteDriver {
  async beginTransaction(connection) {
    await connection.executeQuery(CompiledQuery.raw("begin immediate"));
  }
};
var ImmediateSqliteDialect = class extends SqliteDialect {
  #config;
  constructor(config) {
    super(config);
    this.#config = config;
  }
  createDriver() {
    return new ImmediateSqliteDriver(this.#config);
  }
};
function sqliteHint(file) {
  const dir = path.dirname(file);
  try {
    if (statSync(file, { throwIfNoEntry: false })?.isDirectory()) return ` (${file} is a folder; give a file path)`;
  } catch {
    return "";
  }
  try {
    accessSync(dir, constants.W_OK);
  } catch (e) {
    return ` (the folder ${dir} is not writable: ${e.code}; SQLite needs to write its journal files next to the database, even to read it)`;
  }
  return "";
}
function describeTarget(t) {
  return t.dialect === "sqlite" ? t.location : t.location.replace(/\/\/[^@]*@/, "//***@") + (t.schema ? ` (schema ${t.schema})` : "");
}
async function connect(url, opts = {}) {
  const target = parseTarget(url);
  let conn;
  if (target.dialect === "sqlite") {
    const unavailable = (message) => new CgError({ code: "database_unavailable", path: [], message }, { status: 503 });
    if (target.location !== ":memory:") {
      const dir = path.dirname(target.location);
      try {
        mkdirSync(dir, { recursive: true });
      } catch (e) {
        throw unavailable(
          `cannot create the folder ${dir} for SQLite database ${target.location}: ${e.message}`
        );
      }
    }
    let sqlite;
    try {
      const { default: BetterSqlite } = await import("better-sqlite3");
      sqlite = new BetterSqlite(target.location);
      sqlite.pragma("journal_mode = WAL");
      sqlite.pragma("foreign_keys = ON");
      sqlite.pragma(`busy_timeout = ${opts.busyTimeoutMs ?? 1e4}`);
      sqlite.pragma("synchronous = NORMAL");
    } catch (e) {
      sqlite?.close();
      throw unavailable(
        `cannot open SQLite database ${target.location}: ${e.message}${sqliteHint(target.location)}`
      );
    }
    conn = {
      db: new Kysely({ dialect: new ImmediateSqliteDialect({ database: sqlite }) }),
      dialect: "sqlite",
      sqlite
    };
  } else {
    const { default: pg } = await import("pg");
    const pool = new pg.Pool({
      connectionString: target.location,
      max: opts.poolSize ?? 10,
      ...target.schema ? { options: `-c search_path=${target.schema}` } : {}
    });
    pool.on("error", () => {
    });
    let client;
    try {
      client = await pool.connect();
    } catch (e) {
      await pool.end().catch(() => {
      });
      throw new CgError(
        {
          code: "database_unavailable",
          path: [],
          message: `cannot connect to PostgreSQL at ${describeTarget(target)}: ${e.message}`
        },
        { status: 503 }
      );
    }
    try {
      if (target.schema) await createSchema(client, target.schema);
    } catch (e) {
      await pool.end().catch(() => {
      });
      throw new CgError(
        {
          code: "database_unavailable",
          path: ["schema"],
          message: `cannot create schema ${target.schema} in PostgreSQL at ${describeTarget(target)}: ${e.message}`
        },
        { status: 503 }
      );
    } finally {
      client.release();
    }
    conn = { db: new Kysely({ dialect: new PostgresDialect({ pool }) }), dialect: "postgres" };
  }
  await migrate(conn.db, conn.dialect, describeTarget(target));
  return conn;
}
async function createSchema(client, schema) {
  try {
    await client.query(`create schema if not exists ${schema}`);
  } catch (e) {
    const code = e.code;
    if (code !== "23505" && code !== "42P06") throw e;
    const r = await client.query("select 1 from pg_namespace where nspname = $1", [schema]);
    if (r.rowCount !== 1) throw e;
  }
}
async function migrate(db, dialect, where = "the database") {
  let migrationTableSchema;
  if (dialect === "postgres") {
    const r = await sql`select current_schema() as s`.execute(db);
    migrationTableSchema = r.rows[0]?.s;
  }
  const migrator = new Migrator({ db, provider: migrationProvider(dialect), migrationTableSchema });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === "Error");
    const message = error.message ?? String(error);
    const unknown = /previously executed migration (\S+) is missing/.exec(message);
    if (unknown) {
      throw new CgError(
        {
          code: "migration_failed",
          path: [],
          message: `${where} has migration ${unknown[1]}, which this version of Common Ground does not know: it was written by a newer version; upgrade Common Ground (nothing was changed)`
        },
        { status: 500 }
      );
    }
    throw new CgError(
      {
        code: "migration_failed",
        path: [],
        message: failed ? `migration ${failed.migrationName} failed on ${where}: ${message}` : `cannot migrate ${where}: ${message}`
      },
      { status: 500 }
    );
  }
  return (results ?? []).filter((r) => r.status === "Success").map((r) => r.migrationName);
}

// src/store/frameworks.ts
import { sql as sql3 } from "kysely";

// src/store/batch.ts
function maxParams(dialect) {
  return dialect === "sqlite" ? 32e3 : 6e4;
}
function batchSize(dialect, columns, cap = 5e3) {
  return Math.max(1, Math.min(cap, Math.floor(maxParams(dialect) / columns)));
}
async function insertBatched(db, dialect, table, rows, onBatch) {
  if (rows.length === 0) return;
  const size = batchSize(dialect, Object.keys(rows[0]).length);
  for (let i = 0; i < rows.length; i += size) {
    await db.insertInto(table).values(rows.slice(i, i + size)).execute();
    await onBatch?.(Math.min(rows.length, i + size));
  }
}

// src/store/errors.ts
function notFound(id) {
  return new CgError(
    { code: "not_found", path: ["framework"], message: `no framework with id "${id}" in the database` },
    { status: 404 }
  );
}
function conflict(id, expected, actual) {
  return new CgError(
    {
      code: "version_conflict",
      path: ["framework", id],
      message: `framework "${id}" was changed by another writer (you read version ${expected}, it is now version ${actual}); reload and retry`,
      expected: `version ${expected}`,
      received: `version ${actual}`
    },
    { status: 409 }
  );
}

// src/store/progress.ts
import { sql as sql2 } from "kysely";
async function progressFromDb(db, id, opts = {}) {
  const fw = await db.selectFrom("frameworks").select(["id", "name", "exchange_rates_json"]).where("id", "=", id).executeTakeFirst();
  if (!fw) throw notFound(id);
  const indicators = await db.selectFrom("indicators").select(["key", "id", "name", "unit", "higher_is_better", "baseline_json"]).where("framework_id", "=", id).orderBy("position").execute();
  const targets = await db.selectFrom("indicator_targets as t").innerJoin("indicators as i", "i.key", "t.indicator_key").select(["t.indicator_key", "t.period", "t.value"]).where("i.framework_id", "=", id).orderBy("t.indicator_key").orderBy("t.position").execute();
  const latest = await sql2`
    select x.indicator_key, x.period, x.value, x.quality, x.qualifier, x.source_title
    from (
      select a.indicator_key, a.period, a.value, a.quality, a.qualifier, a.source_title,
             row_number() over (partition by a.indicator_key order by a.period_end desc, a.period_start desc, a.id desc) as rn
      from indicator_actuals a
      join indicators i on i.key = a.indicator_key
      where i.framework_id = ${id} and a.placeable = 1
    ) x
    where x.rn = 1`.execute(db);
  const counts = await sql2`
    select a.indicator_key, cast(count(*) as integer) as n, cast(sum(case when a.placeable = 0 then 1 else 0 end) as integer) as unplaceable
    from indicator_actuals a
    join indicators i on i.key = a.indicator_key
    where i.framework_id = ${id}
    group by a.indicator_key`.execute(db);
  const budgets = await sql2`
    select currency,
           sum(case when status = 'committed' then amount else 0 end) as committed,
           sum(case when status = 'committed' and basis = 'proposal' then amount else 0 end) as committed_proposed,
           sum(case when status = 'indicative' then amount else 0 end) as indicative
    from budgets where framework_id = ${id} group by currency`.execute(db);
  const disbursed = await sql2`
    select currency, sum(amount) as total, cast(count(*) as integer) as n
    from disbursements where framework_id = ${id} group by currency`.execute(db);
  const joint = await sql2`
    select cast(substr(start_date, 1, 4) as integer) as year,
           cast(sum(joint) as integer) as joint, cast(sum(1 - joint) as integer) as unilateral
    from actions where framework_id = ${id} and start_date is not null
    group by substr(start_date, 1, 4)`.execute(db);
  const targetsBy = /* @__PURE__ */ new Map();
  for (const t of targets) {
    const l = targetsBy.get(t.indicator_key) ?? [];
    l.push({ period: t.period, value: Number(t.value) });
    targetsBy.set(t.indicator_key, l);
  }
  const latestBy = new Map(latest.rows.map((r) => [Number(r.indicator_key), r]));
  const countBy = new Map(counts.rows.map((r) => [Number(r.indicator_key), r]));
  const report = indicators.map((ind) => {
    const b = ind.baseline_json ? JSON.parse(ind.baseline_json) : void 0;
    const l = latestBy.get(ind.key);
    const c = countBy.get(ind.key);
    const la = l ? {
      period: l.period,
      value: Number(l.value),
      quality: l.quality,
      qualifier: l.qualifier,
      sourceTitle: l.source_title
    } : void 0;
    return indicatorProgress({
      id: ind.id,
      name: ind.name,
      unit: ind.unit,
      higherIsBetter: ind.higher_is_better === 1,
      baseline: b ? { period: b.period, value: b.value } : void 0,
      targets: targetsBy.get(ind.key) ?? [],
      latest: la,
      actualCount: c ? Number(c.n) : 0,
      unplaceableCount: c ? Number(c.unplaceable) : 0
    });
  });
  const totals = /* @__PURE__ */ new Map();
  const get = (cur) => {
    let t = totals.get(cur);
    if (!t)
      totals.set(
        cur,
        t = { currency: cur, committed: 0, committedProposed: 0, indicative: 0, disbursed: 0, disbursementCount: 0 }
      );
    return t;
  };
  for (const r of budgets.rows)
    Object.assign(get(r.currency), {
      committed: Number(r.committed),
      committedProposed: Number(r.committed_proposed),
      indicative: Number(r.indicative)
    });
  for (const r of disbursed.rows)
    Object.assign(get(r.currency), { disbursed: Number(r.total), disbursementCount: Number(r.n) });
  const jointCounts = joint.rows.map((r) => ({
    year: Number(r.year),
    joint: Number(r.joint),
    unilateral: Number(r.unilateral)
  }));
  return {
    framework: { id: fw.id, name: fw.name },
    indicators: report,
    summary: summarize(report),
    budget: budgetReport([...totals.values()], {
      currency: opts.currency,
      rates: JSON.parse(fw.exchange_rates_json)
    }),
    jointShare: jointShare(jointCounts)
  };
}

// src/store/rows.ts
var json = (v) => v === void 0 ? null : JSON.stringify(v);
var unjson = (s) => s === null ? void 0 : JSON.parse(s);
var opt = (v) => v === null ? void 0 : v;
function frameworkRow(fw, version, now, createdAt = now) {
  return {
    id: fw.id,
    name: fw.name,
    description: fw.description ?? null,
    status: fw.status,
    start_date: fw.startDate ?? null,
    start_date_planned: fw.startDateIsPlanned ? 1 : 0,
    scenario: fw.scenario ?? null,
    source_json: json(fw.source),
    reporting_org_json: json(fw.reportingOrg),
    parties_json: JSON.stringify(fw.parties),
    notes_json: JSON.stringify(fw.notes),
    exchange_rates_json: JSON.stringify(fw.exchangeRates),
    version,
    created_at: createdAt,
    updated_at: now
  };
}
function structureRows(fw) {
  const out = {
    areas: [],
    objectives: [],
    results: [],
    indicators: [],
    actions: [],
    actors: [],
    budgets: [],
    disbursements: [],
    linkages: []
  };
  const f = fw.id;
  let ip = 0, op = 0, rp = 0;
  fw.areas.forEach((a, i) => {
    out.areas.push({
      framework_id: f,
      id: a.id,
      position: i,
      name: a.name,
      description: a.description ?? null,
      source_json: json(a.source)
    });
    for (const o of a.objectives) {
      out.objectives.push({
        framework_id: f,
        id: o.id,
        area_id: a.id,
        position: op++,
        title: o.title,
        description: o.description ?? null,
        owner_parties_json: JSON.stringify(o.ownerParties),
        linked_issues_json: JSON.stringify(o.linkedIssues),
        source_json: json(o.source)
      });
      for (const r of o.results) {
        out.results.push({
          framework_id: f,
          id: r.id,
          objective_id: o.id,
          position: rp++,
          type: r.type,
          title: r.title,
          description: r.description ?? null
        });
        for (const ind of r.indicators) {
          out.indicators.push({
            framework_id: f,
            id: ind.id,
            result_id: r.id,
            position: ip++,
            name: ind.name,
            description: ind.description ?? null,
            unit: ind.unit,
            measure: ind.measure,
            higher_is_better: ind.higherIsBetter ? 1 : 0,
            dataset_id: ind.dataset?.indicatorId ?? null,
            dataset_country: ind.dataset?.country ?? null,
            baseline_json: json(ind.baseline)
          });
        }
      }
    }
  });
  fw.actions.forEach((a, i) => {
    out.actions.push({
      framework_id: f,
      id: a.id,
      objective_id: a.objective,
      position: i,
      title: a.title,
      description: a.description ?? null,
      joint: a.joint ? 1 : 0,
      status: a.status,
      planned_start: a.dates.plannedStart ?? null,
      actual_start: a.dates.actualStart ?? null,
      planned_end: a.dates.plannedEnd ?? null,
      actual_end: a.dates.actualEnd ?? null,
      start_date: actionStart(a) ?? null,
      source_json: json(a.source)
    });
    a.actors.forEach(
      (x, j) => out.actors.push({
        framework_id: f,
        action_id: a.id,
        position: j,
        agency: x.agency,
        party: x.party,
        role: x.role
      })
    );
    a.budgets.forEach(
      (b, j) => out.budgets.push({
        framework_id: f,
        action_id: a.id,
        position: j,
        status: b.status,
        amount: b.amount,
        currency: b.currency,
        party: b.party,
        period: b.period ?? null,
        period_start: b.periodStart,
        period_end: b.periodEnd,
        value_date: b.valueDate,
        basis: b.basis,
        source_json: json(b.source),
        rationale: b.rationale ?? null,
        note: b.note ?? null
      })
    );
    a.disbursements.forEach(
      (d, j) => out.disbursements.push({
        framework_id: f,
        action_id: a.id,
        position: j,
        amount: d.amount,
        currency: d.currency,
        party: d.party,
        date: d.date,
        value_date: d.valueDate,
        source_json: json(d.source),
        note: d.note ?? null
      })
    );
  });
  fw.linkages.forEach(
    (l, i) => out.linkages.push({
      framework_id: f,
      id: l.id,
      position: i,
      party: l.party,
      commits: l.commits,
      counterparty: l.counterparty,
      in_exchange_for: l.inExchangeFor,
      scenario: l.package.scenario,
      issues_json: JSON.stringify(l.package.issues),
      options_json: JSON.stringify(l.package.options),
      objectives_json: JSON.stringify(l.objectives),
      rationale: l.rationale ?? null,
      source_json: json(l.source)
    })
  );
  return out;
}
function targetRows(key, ind) {
  return ind.targets.map((t, i) => ({
    indicator_key: key,
    position: i,
    period: t.period,
    value: t.value,
    proposed: t.proposed ? 1 : 0,
    rationale: t.rationale ?? null,
    source_json: json(t.source)
  }));
}
function actualRow(key, a) {
  const p = parsePeriod(a.period);
  return {
    indicator_key: key,
    period: a.period,
    period_start: p?.start ?? null,
    period_end: p?.end ?? null,
    placeable: p?.placeable ? 1 : 0,
    value: a.value,
    source_title: a.source.title,
    source_url: a.source.url ?? null,
    quality: a.quality,
    qualifier: a.qualifier,
    note: a.note ?? null
  };
}
function actualFromRow(r) {
  const source = r.source_url === null ? { title: r.source_title } : { title: r.source_title, url: r.source_url };
  return clean({
    period: r.period,
    value: r.value,
    source,
    quality: r.quality,
    qualifier: r.qualifier,
    note: opt(r.note)
  });
}
function frameworkFromRows(r) {
  const group = (rows, key) => {
    const m = /* @__PURE__ */ new Map();
    for (const x of rows) {
      const k = key(x);
      const l = m.get(k);
      if (l) l.push(x);
      else m.set(k, [x]);
    }
    return m;
  };
  const targetsBy = group(r.targets, (t) => t.indicator_key);
  const actualsBy = group(r.actuals, (a) => a.indicator_key);
  const indicatorsBy = group(r.indicators, (i) => i.result_id);
  const resultsBy = group(r.results, (x) => x.objective_id);
  const objectivesBy = group(r.objectives, (o) => o.area_id);
  const actorsBy = group(r.actors, (x) => x.action_id);
  const budgetsBy = group(r.budgets, (x) => x.action_id);
  const disbBy = group(r.disbursements, (x) => x.action_id);
  const f = r.framework;
  const indicator = (i) => clean({
    id: i.id,
    name: i.name,
    description: opt(i.description),
    unit: i.unit,
    measure: i.measure,
    higherIsBetter: i.higher_is_better === 1,
    dataset: i.dataset_id !== null && i.dataset_country !== null ? { indicatorId: i.dataset_id, country: i.dataset_country } : void 0,
    baseline: unjson(i.baseline_json),
    targets: (targetsBy.get(i.key) ?? []).map(
      (t) => clean({
        period: t.period,
        value: t.value,
        proposed: t.proposed === 1,
        rationale: opt(t.rationale),
        source: unjson(t.source_json)
      })
    ),
    actuals: (actualsBy.get(i.key) ?? []).map(actualFromRow)
  });
  const result = (x) => clean({
    id: x.id,
    type: x.type,
    title: x.title,
    description: opt(x.description),
    indicators: (indicatorsBy.get(x.id) ?? []).map(indicator)
  });
  const objective = (o) => clean({
    id: o.id,
    title: o.title,
    description: opt(o.description),
    ownerParties: JSON.parse(o.owner_parties_json),
    linkedIssues: JSON.parse(o.linked_issues_json),
    source: unjson(o.source_json),
    results: (resultsBy.get(o.id) ?? []).map(result)
  });
  const area = (a) => clean({
    id: a.id,
    name: a.name,
    description: opt(a.description),
    source: unjson(a.source_json),
    objectives: (objectivesBy.get(a.id) ?? []).map(objective)
  });
  const action = (a) => clean({
    id: a.id,
    objective: a.objective_id,
    title: a.title,
    description: opt(a.description),
    joint: a.joint === 1,
    status: a.status,
    dates: clean({
      plannedStart: opt(a.planned_start),
      actualStart: opt(a.actual_start),
      plannedEnd: opt(a.planned_end),
      actualEnd: opt(a.actual_end)
    }),
    actors: (actorsBy.get(a.id) ?? []).map((x) => ({
      agency: x.agency,
      party: x.party,
      role: x.role
    })),
    budgets: (budgetsBy.get(a.id) ?? []).map(
      (b) => clean({
        status: b.status,
        amount: b.amount,
        currency: b.currency,
        party: b.party,
        period: opt(b.period),
        periodStart: b.period_start,
        periodEnd: b.period_end,
        valueDate: b.value_date,
        basis: b.basis,
        source: unjson(b.source_json),
        rationale: opt(b.rationale),
        note: opt(b.note)
      })
    ),
    disbursements: (disbBy.get(a.id) ?? []).map(
      (d) => clean({
        amount: d.amount,
        currency: d.currency,
        party: d.party,
        date: d.date,
        valueDate: d.value_date,
        source: unjson(d.source_json),
        note: opt(d.note)
      })
    ),
    source: unjson(a.source_json)
  });
  const linkage = (l) => clean({
    id: l.id,
    party: l.party,
    commits: l.commits,
    counterparty: l.counterparty,
    inExchangeFor: l.in_exchange_for,
    package: { scenario: l.scenario, issues: JSON.parse(l.issues_json), options: JSON.parse(l.options_json) },
    objectives: JSON.parse(l.objectives_json),
    rationale: opt(l.rationale),
    source: unjson(l.source_json)
  });
  return clean({
    id: f.id,
    name: f.name,
    description: opt(f.description),
    status: f.status,
    startDate: opt(f.start_date),
    startDateIsPlanned: f.start_date_planned === 1,
    scenario: opt(f.scenario),
    source: unjson(f.source_json),
    reportingOrg: unjson(f.reporting_org_json),
    parties: JSON.parse(f.parties_json),
    notes: JSON.parse(f.notes_json),
    exchangeRates: JSON.parse(f.exchange_rates_json),
    areas: r.areas.map(area),
    actions: r.actions.map(action),
    linkages: r.linkages.map(linkage)
  });
}

// src/store/frameworks.ts
var nowIso = () => (/* @__PURE__ */ new Date()).toISOString();
var alreadyExists = (id, version) => new CgError(
  {
    code: "already_exists",
    path: ["framework", id],
    message: `framework "${id}" already exists (version ${version}); replace it explicitly (--replace)`
  },
  { status: 409 }
);
function isUniqueViolation(e) {
  const err = e;
  return err?.code === "23505" || /UNIQUE constraint failed/.test(err?.message ?? "");
}
var FrameworkRepository = class {
  constructor(db, dialect) {
    this.db = db;
    this.dialect = dialect;
  }
  db;
  dialect;
  async list() {
    const rows = await this.db.selectFrom("frameworks").select(["id", "name", "status", "version", "updated_at"]).orderBy("id").execute();
    return rows.map((r) => ({ id: r.id, name: r.name, status: r.status, version: r.version, updatedAt: r.updated_at }));
  }
  async version(id, db = this.db) {
    const r = await db.selectFrom("frameworks").select("version").where("id", "=", id).executeTakeFirst();
    return r?.version;
  }
  /**
   * Run reads on one connection inside one read transaction, so they all see one committed state
   * (PostgreSQL REPEATABLE READ; SQLite's deferred BEGIN gives a WAL snapshot). Without it, a
   * replace committed between two of the reads would return a framework torn between versions.
   */
  async snapshot(f) {
    return this.db.connection().execute(async (conn) => {
      await sql3.raw(this.dialect === "postgres" ? "begin isolation level repeatable read read only" : "begin").execute(conn);
      let result;
      try {
        result = await f(conn);
      } catch (e) {
        await sql3.raw("rollback").execute(conn).catch(() => {
        });
        throw e;
      }
      await sql3.raw("commit").execute(conn);
      return result;
    });
  }
  /** Load a framework; `actuals: false` skips the (possibly huge) actuals table. Consistent even while another writer replaces it. */
  async get(id, opts = {}, db) {
    if (!db) return this.snapshot((conn) => this.get(id, opts, conn));
    const framework = await db.selectFrom("frameworks").selectAll().where("id", "=", id).executeTakeFirst();
    if (!framework) throw notFound(id);
    const byFw = (t) => db.selectFrom(t).selectAll().where("framework_id", "=", id).orderBy("position").execute();
    const [areas, objectives, results, indicators, actions, actors, budgets, disbursements, linkages] = await Promise.all([
      byFw("areas"),
      byFw("objectives"),
      byFw("results"),
      byFw("indicators"),
      byFw("actions"),
      byFw("action_actors"),
      byFw("budgets"),
      byFw("disbursements"),
      byFw("linkages")
    ]);
    const targets = await db.selectFrom("indicator_targets as t").innerJoin("indicators as i", "i.key", "t.indicator_key").selectAll("t").where("i.framework_id", "=", id).orderBy("t.indicator_key").orderBy("t.position").execute();
    const actuals = opts.actuals === false ? [] : await db.selectFrom("indicator_actuals as a").innerJoin("indicators as i", "i.key", "a.indicator_key").selectAll("a").where("i.framework_id", "=", id).orderBy("a.indicator_key").orderBy("a.id").execute();
    return {
      framework: frameworkFromRows({
        framework,
        areas,
        objectives,
        results,
        indicators,
        targets,
        actuals,
        actions,
        actors,
        budgets,
        disbursements,
        linkages
      }),
      version: framework.version
    };
  }
  /** Store a framework (validated first) in one transaction. */
  async save(input, opts = {}) {
    const fw = validateFramework(input, `framework ${input.id}`);
    const counts = countFramework(fw);
    try {
      return await this.db.transaction().execute(async (trx) => {
        let existing = await this.version(fw.id, trx);
        let version = 1;
        let createdAt = nowIso();
        if (existing === void 0) {
          if (opts.expectedVersion !== void 0) throw notFound(fw.id);
          const r = await trx.insertInto("frameworks").values(frameworkRow(fw, version, createdAt)).onConflict((oc) => oc.column("id").doNothing()).executeTakeFirst();
          if (Number(r.numInsertedOrUpdatedRows ?? 0) === 0) existing = await this.version(fw.id, trx);
        }
        if (existing !== void 0) {
          if ((opts.mode ?? "create") === "create") throw alreadyExists(fw.id, existing);
          version = await this.bump(trx, fw.id, opts.expectedVersion);
          const row = await trx.selectFrom("frameworks").select("created_at").where("id", "=", fw.id).executeTakeFirstOrThrow();
          createdAt = row.created_at;
          await trx.deleteFrom("linkages").where("framework_id", "=", fw.id).execute();
          await trx.deleteFrom("areas").where("framework_id", "=", fw.id).execute();
          const { id: _id, ...rest } = frameworkRow(fw, version, nowIso(), createdAt);
          await trx.updateTable("frameworks").set(rest).where("id", "=", fw.id).execute();
        }
        await this.insertStructure(trx, fw, opts.onProgress);
        return { version, created: existing === void 0, counts };
      });
    } catch (e) {
      const now = isUniqueViolation(e) ? await this.version(fw.id) : void 0;
      if (now !== void 0 && (opts.mode ?? "create") === "create") throw alreadyExists(fw.id, now);
      throw e;
    }
  }
  /** Read-modify-write with optimistic concurrency: load, apply `mutate`, save if nobody else wrote meanwhile. */
  async update(id, mutate) {
    const { framework, version } = await this.get(id);
    const next = mutate(framework) ?? framework;
    if (next.id !== id)
      throw new CgError({ code: "invalid_update", path: ["id"], message: "an update cannot change the framework id" });
    const r = await this.save(next, { mode: "upsert", expectedVersion: version });
    return { version: r.version };
  }
  async remove(id, expectedVersion) {
    await this.db.transaction().execute(async (trx) => {
      await this.bump(trx, id, expectedVersion);
      await trx.deleteFrom("frameworks").where("id", "=", id).execute();
    });
  }
  /** Attach CSV observations as actuals (insert or replace by period), all in one transaction. */
  async importObservations(obs, opts = {}) {
    return this.db.transaction().execute(async (trx) => {
      if (this.dialect === "postgres") {
        let lock = trx.selectFrom("frameworks").select("id").orderBy("id").forUpdate();
        if (opts.frameworkId !== void 0) lock = lock.where("id", "=", opts.frameworkId);
        await lock.execute();
      }
      let q = trx.selectFrom("indicators").select(["key", "framework_id", "id", "unit", "dataset_id", "dataset_country"]).where("dataset_id", "is not", null);
      if (opts.frameworkId !== void 0) {
        if (await this.version(opts.frameworkId, trx) === void 0) throw notFound(opts.frameworkId);
        q = q.where("framework_id", "=", opts.frameworkId);
      }
      const rows = await q.orderBy("framework_id").orderBy("position").execute();
      const keyOf = new Map(rows.map((r) => [`${r.framework_id}|${r.id}`, r.key]));
      const mapped = rows.map((r) => ({
        frameworkId: r.framework_id,
        indicatorId: r.id,
        unit: r.unit,
        dataset: { indicatorId: r.dataset_id, country: r.dataset_country }
      }));
      const plan = planAttach(mapped, obs, { file: opts.file, strict: opts.strict });
      const perFw = /* @__PURE__ */ new Map();
      for (const m of plan.matches) perFw.set(m.frameworkId, (perFw.get(m.frameworkId) ?? 0) + 1);
      const frameworks = [];
      for (const [id, values] of [...perFw].sort()) {
        const version = await this.bump(trx, id, opts.frameworkId === id ? opts.expectedVersion : void 0);
        frameworks.push({ id, version, values });
      }
      await this.upsertActuals(
        trx,
        plan.matches.map((m) => ({ key: keyOf.get(`${m.frameworkId}|${m.indicatorId}`), actual: m.actual })),
        opts.onProgress
      );
      return { rows: obs.length, attached: plan.matches.length, unmatched: plan.unmatched.length, frameworks };
    });
  }
  /** Attach actuals to indicators of one framework by indicator id (insert or replace by period). */
  async addActuals(frameworkId, items, opts = {}) {
    return this.db.transaction().execute(async (trx) => {
      const version = await this.bump(trx, frameworkId, opts.expectedVersion);
      const keys = new Map(
        (await trx.selectFrom("indicators").select(["key", "id"]).where("framework_id", "=", frameworkId).execute()).map((r) => [r.id, r.key])
      );
      const seen = /* @__PURE__ */ new Set();
      for (const [n, i] of items.entries()) {
        const k = `${i.indicatorId}|${i.actual.period}`;
        if (seen.has(k))
          throw new CgError({
            code: "duplicate_actual",
            path: ["actuals", n],
            message: `two values for indicator ${i.indicatorId}, period ${i.actual.period}`
          });
        seen.add(k);
      }
      const missing = [...new Set(items.map((i) => i.indicatorId).filter((id) => !keys.has(id)))];
      if (missing.length)
        throw new CgError(
          {
            code: "unknown_indicator",
            path: ["indicators"],
            message: `framework "${frameworkId}" has no indicator(s) ${missing.slice(0, 5).join(", ")}${missing.length > 5 ? ` and ${missing.length - 5} more` : ""}`
          },
          { status: 404 }
        );
      await this.upsertActuals(
        trx,
        items.map((i) => ({ key: keys.get(i.indicatorId), actual: i.actual })),
        opts.onProgress
      );
      return { version };
    });
  }
  async progress(id, opts = {}) {
    return this.snapshot((conn) => progressFromDb(conn, id, opts));
  }
  /** Audit a stored framework (structure only; actuals are not read). */
  async audit(id) {
    const { framework } = await this.get(id, { actuals: false });
    return auditFramework(framework);
  }
  // -------------------------------------------------------------------------------------------
  /** Bump the version (checking `expected` when given); 404 when missing, 409 on a stale version. */
  async bump(trx, id, expected) {
    let q = trx.updateTable("frameworks").set((eb) => ({ version: eb("version", "+", 1), updated_at: nowIso() })).where("id", "=", id);
    if (expected !== void 0) q = q.where("version", "=", expected);
    const r = await q.returning("version").executeTakeFirst();
    if (r) return r.version;
    const current = await this.version(id, trx);
    if (current === void 0) throw notFound(id);
    throw conflict(id, expected, current);
  }
  async insertStructure(trx, fw, onProgress) {
    const s = structureRows(fw);
    const d = this.dialect;
    await insertBatched(trx, d, "areas", s.areas);
    await insertBatched(trx, d, "objectives", s.objectives);
    await insertBatched(trx, d, "results", s.results);
    const keys = /* @__PURE__ */ new Map();
    const size = batchSize(d, 13);
    for (let i = 0; i < s.indicators.length; i += size) {
      const got = await trx.insertInto("indicators").values(s.indicators.slice(i, i + size)).returning(["key", "id"]).execute();
      for (const g of got) keys.set(g.id, g.key);
    }
    const indicators = [...walkIndicators(fw)].map((w) => w.indicator);
    await insertBatched(
      trx,
      d,
      "indicator_targets",
      indicators.flatMap((ind) => targetRows(keys.get(ind.id), ind))
    );
    const total = indicators.reduce((n, ind) => n + ind.actuals.length, 0);
    await this.insertActuals(
      trx,
      (function* () {
        for (const ind of indicators) {
          const key = keys.get(ind.id);
          for (const a of ind.actuals) yield actualRow(key, a);
        }
      })(),
      onProgress ? (done) => onProgress({ stage: "actuals", done, total }) : void 0
    );
    await insertBatched(trx, d, "actions", s.actions);
    await insertBatched(trx, d, "action_actors", s.actors);
    await insertBatched(trx, d, "budgets", s.budgets);
    await insertBatched(trx, d, "disbursements", s.disbursements);
    await insertBatched(trx, d, "linkages", s.linkages);
  }
  /**
   * Bulk-insert actuals. SQLite: Kysely multi-row INSERTs under the parameter limit. PostgreSQL:
   * one `INSERT ... SELECT FROM unnest($1::int[], ...)` per 20 000 rows (11 array parameters per
   * statement instead of 11 per row; no COPY needed). `upsert` replaces a period's value.
   */
  async insertActuals(trx, rows, onBatch, upsert = false) {
    const pgPath = this.dialect === "postgres";
    const size = pgPath ? 2e4 : batchSize(this.dialect, 11);
    let buf = [];
    let done = 0;
    const flush = async () => {
      if (!buf.length) return;
      if (pgPath) await insertActualsUnnest(trx, buf, upsert);
      else {
        let q = trx.insertInto("indicator_actuals").values(buf);
        if (upsert) {
          q = q.onConflict(
            (oc) => oc.columns(["indicator_key", "period"]).doUpdateSet((eb) => ({
              period_start: eb.ref("excluded.period_start"),
              period_end: eb.ref("excluded.period_end"),
              placeable: eb.ref("excluded.placeable"),
              value: eb.ref("excluded.value"),
              source_title: eb.ref("excluded.source_title"),
              source_url: eb.ref("excluded.source_url"),
              quality: eb.ref("excluded.quality"),
              qualifier: eb.ref("excluded.qualifier"),
              note: eb.ref("excluded.note")
            }))
          );
        }
        await q.execute();
      }
      done += buf.length;
      buf = [];
      await onBatch?.(done);
    };
    for (const r of rows) {
      buf.push(r);
      if (buf.length >= size) await flush();
    }
    await flush();
  }
  async upsertActuals(trx, items, onProgress) {
    const total = items.length;
    await this.insertActuals(
      trx,
      (function* () {
        for (const i of items) yield actualRow(i.key, i.actual);
      })(),
      onProgress ? (done) => onProgress({ done, total }) : void 0,
      true
    );
  }
};
var ACTUAL_COLUMNS = [
  "indicator_key",
  "period",
  "period_start",
  "period_end",
  "placeable",
  "value",
  "source_title",
  "source_url",
  "quality",
  "qualifier",
  "note"
];
var PG_TYPES = ["int4", "text", "text", "text", "int4", "float8", "text", "text", "text", "text", "text"];
async function insertActualsUnnest(trx, rows, upsert) {
  const arrays = ACTUAL_COLUMNS.map((c) => rows.map((r) => r[c] ?? null));
  const cols = sql3.join(ACTUAL_COLUMNS.map((c) => sql3.ref(c)));
  const params = sql3.join(arrays.map((a, i) => sql3`${a}::${sql3.raw(PG_TYPES[i])}[]`));
  const onConflict = upsert ? sql3` on conflict (indicator_key, period) do update set ${sql3.join(ACTUAL_COLUMNS.slice(2).map((c) => sql3`${sql3.ref(c)} = excluded.${sql3.ref(c)}`))}` : sql3``;
  await sql3`insert into indicator_actuals (${cols}) select * from unnest(${params})${onConflict}`.execute(trx);
}

// src/store/store.ts
var shared = /* @__PURE__ */ new Map();
async function openStore(url, opts = {}) {
  const target = parseTarget(url);
  let conn;
  let release;
  if (target.dialect === "sqlite" && target.location !== ":memory:") {
    let entry = shared.get(target.location);
    if (!entry) {
      entry = { conn: connect(url, opts), refs: 0 };
      shared.set(target.location, entry);
    }
    entry.refs++;
    try {
      conn = await entry.conn;
    } catch (e2) {
      shared.delete(target.location);
      throw e2;
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
  return {
    db: conn.db,
    dialect: conn.dialect,
    frameworks: new FrameworkRepository(conn.db, conn.dialect),
    async integrityCheck() {
      if (conn.sqlite) {
        const rows = conn.sqlite.pragma("integrity_check");
        const problems = rows.map((r) => r.integrity_check).filter((s) => s !== "ok");
        const fks = conn.sqlite.pragma("foreign_key_check");
        return [...problems, ...fks.map((f) => `foreign key: ${f.table} row ${f.rowid} has no parent in ${f.parent}`)];
      }
      return orphanChecks(conn.db);
    },
    async close() {
      if (closed) return;
      closed = true;
      await release();
    }
  };
}
async function orphanChecks(db) {
  const out = [];
  const a = await db.selectFrom("indicator_actuals as a").leftJoin("indicators as i", "i.key", "a.indicator_key").select((eb) => eb.fn.countAll().as("n")).where("i.key", "is", null).executeTakeFirstOrThrow();
  if (Number(a.n) > 0) out.push(`${a.n} actuals without an indicator`);
  const i = await db.selectFrom("indicators as i").leftJoin("frameworks as f", "f.id", "i.framework_id").select((eb) => eb.fn.countAll().as("n")).where("f.id", "is", null).executeTakeFirstOrThrow();
  if (Number(i.n) > 0) out.push(`${i.n} indicators without a framework`);
  return out;
}

// src/store/app-tables.ts
function appDb(db) {
  return db;
}
export {
  DEFAULT_SQLITE_PATH,
  FrameworkRepository,
  MIGRATIONS,
  appDb,
  connect,
  migrate,
  migrationProvider,
  openStore,
  parseTarget,
  resolveDbUrl
};
